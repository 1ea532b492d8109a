package org.dateline.article;

import java.util.regex.Pattern;
import org.dateline.text.PlainTextCleaner;

/**
 * Where a text's content starts and ends and where its first line is, as {@link String#strip()}
 * and {@link String#lines()} would tell, without the copies they make of a whole article.
 */
final class PlainText {
    private PlainText() {
    }

    /** The index of the first character that is not white space ({@code strip()}'s start), or the length. */
    static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The index after the last character that is not white space ({@code strip()}'s end), or 0. */
    static int endOfLastNonBlank(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * A line of site sections ("Newswire | World | Europe", "News » Europe » Ukraine"): two or more
     * short parts between separators, no sentence.
     */
    static boolean isBreadcrumb(String line) {
        String[] parts = line.split("\\s+[|»›>/]\\s+");
        if (parts.length < 2 || line.length() > 80) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.strip().split("\\s+").length > 4 || part.strip().endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of the site's own at the top of a saved page: a line of sections, a menu (three or
     * more items between separators: "News | War | Politics"), a ticker of timed headlines, "Skip
     * to content".
     */
    static boolean isSiteLine(String line) {
        if (line.isEmpty() || PlainTextCleaner.endsAsSentence(line)) {
            return false;
        }
        return isBreadcrumb(line) || MENU_SEPARATOR.matcher(line).results().count() >= 2
                || CLOCK_TIME.matcher(line).results().count() >= 2 || line.regionMatches(true, 0, "skip to ", 0, 8);
    }

    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|·•]\\s");
    // "LATEST 10:58 a.m. Senate panel advances ... 10:41 a.m. Heat advisory ...": a ticker of headlines
    private static final Pattern CLOCK_TIME = Pattern.compile("\\b\\d{1,2}:\\d\\d\\b");

    /** {@code text.strip().lines().findFirst().orElse("")}. */
    static String firstLine(String text) {
        int from = firstNonBlank(text);
        int to = endOfLastNonBlank(text);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return text.substring(from, i);
            }
        }
        return from < to ? text.substring(from, to) : "";
    }
}
