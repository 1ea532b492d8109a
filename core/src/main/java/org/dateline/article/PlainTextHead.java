package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import org.dateline.text.PlainTextCleaner;

/**
 * The top of a plain-text article as saved from a site: a line of site sections, the headline,
 * and under it the standfirst, byline and date lines. The headline is the title; none of it is
 * the article's text (a standfirst restates the story in headline style: "Slovakia's Fico says
 * the EU will pay the price; Kyiv calls the shutdown historic").
 */
record PlainTextHead(String title, List<String> body) {
    /** A headline longer than this (in words) is taken to be the first paragraph as well. */
    static final int TITLE_MAX_WORDS = 30;
    /** Lines under the headline that may be standfirst, byline or date. */
    private static final int HEAD_LINES = 3;

    static PlainTextHead of(String text, List<String> paragraphs) {
        int crumbs = 0;
        while (crumbs < 2 && crumbs + 1 < paragraphs.size() && PlainText.isBreadcrumb(paragraphs.get(crumbs))) {
            crumbs++; // "Newswire | World | Europe" above the headline: the site's sections
        }
        List<String> body = new ArrayList<>(paragraphs.subList(crumbs, paragraphs.size()));
        if (body.isEmpty()) {
            return new PlainTextHead("", body);
        }
        // The first non-empty line is the headline; a long one is also the first paragraph.
        String title = crumbs > 0 ? PlainText.firstLine(body.get(0)) : PlainTextCleaner.normalise(PlainText.firstLine(text));
        String lead = body.get(0);
        if (lead.startsWith(title) && words(title) <= TITLE_MAX_WORDS) {
            String rest = lead.substring(title.length()).strip();
            if (rest.isEmpty()) {
                body.remove(0);
                for (int k = 0; k < HEAD_LINES && body.size() > 1 && isHeadLine(body.get(0)); k++) {
                    body.remove(0);
                }
            } else {
                body.set(0, rest);
            }
        }
        return new PlainTextHead(title, body);
    }

    // A standfirst, byline or date line: short, and no sentence (it ends without a full stop). A
    // wire dateline on a line of its own ("BUCHA, Ukraine, April 4, 2022 (Kyiv Wire) -") opens the story.
    private static boolean isHeadLine(String paragraph) {
        char last = paragraph.charAt(paragraph.length() - 1);
        return !PlainTextCleaner.endsAsSentence(paragraph) && "-\u2013\u2014".indexOf(last) < 0
                && words(paragraph) <= TITLE_MAX_WORDS;
    }

    private static int words(String line) {
        return line.split(" ").length;
    }
}
