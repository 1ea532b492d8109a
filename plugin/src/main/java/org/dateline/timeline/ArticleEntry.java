package org.dateline.timeline;

import org.dateline.ArticleEvents;

/**
 * One opened input: the article and its events, or the reason it could not be read.
 *
 * @param source  the file name or URL the user opened
 * @param result  the article and its events, or null when it failed
 * @param failure a one-line reason, or null when it was read
 */
public record ArticleEntry(String source, ArticleEvents result, String failure) {
    public static ArticleEntry read(String source, ArticleEvents result) {
        return new ArticleEntry(source, result, null);
    }

    public static ArticleEntry failed(String source, String reason) {
        return new ArticleEntry(source, null, reason);
    }

    public boolean failed() {
        return result == null;
    }
}
