package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dateline.text.PlainTextCleaner;
import org.dateline.text.TextRules;

/**
 * The top of a plain-text article as saved from a site: the site's own lines (a "Skip to content"
 * and menu block, a line of site sections), the headline, and under it the standfirst, byline and
 * date lines. The headline is the title; none of it is the article's text (a standfirst restates
 * the story in headline style: "Slovakia's Fico says the EU will pay the price; Kyiv calls the
 * shutdown historic").
 */
record PlainTextHead(String title, List<String> body) {
    /** A headline longer than this (in words) is taken to be the first paragraph as well. */
    static final int TITLE_MAX_WORDS = 30;
    /** Lines under the headline that may be standfirst, byline or date. */
    private static final int HEAD_LINES = 3;
    /** Paragraphs of the site's own above the headline, at most. */
    private static final int SITE_LINES = 4;
    private static final Pattern BYLINE = Pattern.compile("^[Bb]y\\s+\\p{Lu}");

    static PlainTextHead of(String text, List<String> paragraphs) {
        PlainTextHead signed = bySignature(paragraphs);
        if (signed != null) {
            return signed;
        }
        int site = 0;
        while (site < SITE_LINES && site + 1 < paragraphs.size() && (PlainText.isSiteLine(paragraphs.get(site))
                || site > 0 && inMenuAbove(paragraphs.get(site), paragraphs.subList(0, site)))) {
            site++; // "Newswire | World | Europe" above the headline: the site's sections
        }
        List<String> body = new ArrayList<>(paragraphs.subList(site, paragraphs.size()));
        if (body.isEmpty()) {
            return new PlainTextHead("", body);
        }
        // The first non-empty line is the headline; a long one is also the first paragraph.
        String title = site > 0 ? PlainText.firstLine(body.get(0)) : PlainTextCleaner.normalise(PlainText.firstLine(text));
        String lead = body.get(0);
        if (lead.startsWith(title) && words(title) <= TITLE_MAX_WORDS) {
            String rest = lead.substring(title.length()).strip();
            if (rest.isEmpty()) {
                body.remove(0);
                dropHeadLines(body);
            } else {
                body.set(0, rest);
            }
        }
        return new PlainTextHead(title, body);
    }

    /** Paragraphs searched for a byline or date line that ends the head. */
    private static final int SIGNATURE_WITHIN = 10;

    // A saved page whose head ends with a byline or date line: all above it is the site's lines,
    // the headline and a standfirst; the headline is the first line above it that is no sentence,
    // no line of the site's and no section's name. Null when no such line comes early enough, or
    // prose stands above the headline or between it and the signature.
    private static PlainTextHead bySignature(List<String> paragraphs) {
        for (int k = 1; k < Math.min(SIGNATURE_WITHIN, paragraphs.size() - 1); k++) {
            if (!isBylineOrDate(paragraphs.get(k))) {
                continue;
            }
            // the site's name and tagline stand above its sections' line ("The Prague Dispatch",
            // "English-language news from the Czech Republic", "World › Central & Eastern
            // Europe"): the headline comes after the last such line
            int lastSiteLine = -1;
            for (int h = 0; h < k; h++) {
                String line = paragraphs.get(h);
                if (PlainText.isSiteLine(line) || isSectionLabel(line)) {
                    lastSiteLine = h;
                }
            }
            for (int h = lastSiteLine + 1; h < k; h++) {
                String line = paragraphs.get(h);
                if (h > 0 && inMenuAbove(line, paragraphs.subList(0, h))) {
                    continue; // "War in Ukraine" over the headline, a section the site's menu lists too
                }
                if (TextRules.standard().isBoilerplate(line)) {
                    continue; // a cookie notice above the headline ("We value your privacy", its text)
                }
                if (PlainTextCleaner.endsAsSentence(line)) {
                    return null; // prose before the headline: this signs no head ("Monday, March 7" in a live report)
                }
                if (PlainText.isSiteLine(line) || isSectionLabel(line) || words(line) > TITLE_MAX_WORDS) {
                    continue;
                }
                if (k - h > HEAD_LINES) {
                    return null;
                }
                List<String> body = new ArrayList<>(paragraphs.subList(k + 1, paragraphs.size()));
                dropShortHeadLines(body);
                return new PlainTextHead(line, body);
            }
            return null;
        }
        return null;
    }

    // The line stands among the items of a menu above it (a paragraph of short items, no sentence,
    // joined into one line: "Home Politics Society Economy Transnistria War in Ukraine Opinion").
    private static boolean inMenuAbove(String line, List<String> above) {
        String item = " " + line + " ";
        for (String paragraph : above) {
            if (paragraph.length() > line.length() && !PlainTextCleaner.endsAsSentence(paragraph)
                    && (" " + paragraph + " ").contains(item)) {
                return true;
            }
        }
        return false;
    }

    // "UKRAINE WAR" or "World" above a headline: a section's name (in capitals, or of one or two
    // words), not the headline.
    private static boolean isSectionLabel(String line) {
        return words(line) <= 4 && line.equals(line.toUpperCase(Locale.ROOT)) || words(line) <= 2;
    }

    // Under the headline: up to a byline or date line, all is head (a standfirst may end with a
    // full stop); with none, the short lines that are no sentence.
    private static void dropHeadLines(List<String> body) {
        int byline = -1;
        for (int k = 0; k <= HEAD_LINES && k + 1 < body.size(); k++) {
            if (isBylineOrDate(body.get(k))) {
                byline = k;
                break;
            }
        }
        body.subList(0, byline + 1).clear();
        dropShortHeadLines(body);
    }

    // The short lines at the top that are no sentence (reading time, a photo credit), up to HEAD_LINES.
    private static void dropShortHeadLines(List<String> body) {
        for (int k = 0; k < HEAD_LINES && body.size() > 1 && isHeadLine(body.get(0)); k++) {
            body.remove(0);
        }
    }

    // "By Lena Hartmann", "March 22, 2014 at 6:12 pm ET · Updated ...": a short line that signs
    // the article or is mostly its date.
    private static boolean isBylineOrDate(String paragraph) {
        if (paragraph.length() > PublicationDateFinder.BYLINE_MAX_CHARS || PlainTextCleaner.endsAsSentence(paragraph)
                || endsWithDash(paragraph)) {
            return false;
        }
        return BYLINE.matcher(paragraph).find() || PublicationDateFinder.bylineDate(paragraph).isPresent();
    }

    // A standfirst, byline or date line: short, and no sentence (it ends without a full stop). A
    // wire dateline on a line of its own ("BUCHA, Ukraine, April 4, 2022 (Kyiv Wire) -") opens the story.
    private static boolean isHeadLine(String paragraph) {
        return !PlainTextCleaner.endsAsSentence(paragraph) && !endsWithDash(paragraph) && words(paragraph) <= TITLE_MAX_WORDS;
    }

    private static boolean endsWithDash(String paragraph) {
        return "-\u2013\u2014".indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0;
    }

    private static int words(String line) {
        return line.split(" ").length;
    }
}
