package org.dateline.article;

import java.util.List;

/**
 * An article as Dateline reads it: its own text only (no navigation, related links, comments or
 * appeals), with the title and the publication date it carries.
 *
 * @param source    where it came from: the file name, or a caller-given label for strings
 * @param title     the headline, or "" when the page has none
 * @param text      the main text, paragraphs separated by a blank line ("\n\n"); every offset
 *                  Dateline reports points into this string
 * @param published when and how the publication date was found, or null when none was
 * @param problems  what went wrong while reading (no date found, charset guessed, truncated...),
 *                  one line each; reading goes on regardless
 */
public record Article(String source, String title, String text, PublicationDate published,
                      List<String> problems) {
    public Article {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        problems = List.copyOf(problems);
    }
}
