package org.dateline.article;

import java.util.Optional;
import org.jsoup.nodes.Document;

/** Finds when an article was published, from page metadata or byline and dateline text. */
public final class PublicationDateFinder {
    private PublicationDateFinder() {
    }

    /** From a whole page: metadata first, then byline text. */
    public static Optional<PublicationDate> fromHtml(Document page) {
        return Optional.empty();
    }

    /** From a plain-text article: a byline or dateline near its start. */
    public static Optional<PublicationDate> fromText(String text) {
        return Optional.empty();
    }
}
