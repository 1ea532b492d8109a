package org.dateline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a plain-text article into paragraphs and drops the publisher's own paragraphs: sign-up and
 * subscription prompts, "Read more: ..." lines, share prompts and appeals for support
 * ({@link TextRules}), and the short lines that trail them at the end (tags, "Share").
 */
public final class PlainTextCleaner {
    /** A trailing line this short (in words) with no sentence end is a label, not text. */
    static final int LABEL_WORDS = 8;

    private final TextRules rules;

    public PlainTextCleaner(TextRules rules) {
        this.rules = rules;
    }

    public static PlainTextCleaner standard() {
        return new PlainTextCleaner(TextRules.standard());
    }

    /**
     * Paragraphs of a text: separated by blank lines when it has any (lines inside one are
     * joined), else one per line, unless the lines are hard-wrapped prose.
     */
    public static List<String> paragraphs(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        // Blank lines separate paragraphs only when one stands between two lines of text.
        boolean blankSeparated = false;
        boolean seenText = false;
        boolean blankAfterText = false;
        for (String line : lines) {
            if (line.isBlank()) {
                blankAfterText |= seenText;
            } else {
                blankSeparated |= blankAfterText;
                seenText = true;
            }
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean joinLines = blankSeparated || hardWrapped(lines);
        int linesInCurrent = 0;
        for (String line : lines) {
            String l = normalise(line);
            if (l.isEmpty() || !joinLines) {
                add(out, current);
                linesInCurrent = 0;
                if (!joinLines) {
                    current.append(l);
                    add(out, current);
                }
                continue;
            }
            if (linesInCurrent == 1 && isList(l) && isLabel(current.toString())) {
                add(out, current); // "MORE FROM UKRAINE WAR" over "- ...": a heading of its own
                linesInCurrent = 0;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(l);
            linesInCurrent++;
        }
        add(out, current);
        return out;
    }

    /** The article's own paragraphs, in order. */
    public List<String> clean(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<TextRules.Verdict> verdicts = new ArrayList<>();
        boolean underDroppedHeading = false;
        for (String p : paragraphs) {
            TextRules.Verdict verdict = rules.verdict(p);
            boolean dropped = verdict == TextRules.Verdict.BOILERPLATE || isRule(p)
                    || underDroppedHeading && isList(p); // "MOST POPULAR" then "1. ... 2. ..."
            if (!dropped) {
                kept.add(p);
                verdicts.add(verdict);
            }
            underDroppedHeading = dropped && isLabel(p);
        }
        kept = rules.withoutClosingAppeals(kept, verdicts);
        // After the text come labels and leftovers of the boilerplate ("Topics", "Share"): trim them.
        int end = kept.size();
        while (end > 1 && isLabel(kept.get(end - 1))) {
            end--;
        }
        return new ArrayList<>(kept.subList(0, end));
    }

    // A line drawn with one character: "------", "* * *", "=====".
    private static boolean isRule(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c != ' ' && c != p.charAt(0)) {
                return false;
            }
        }
        return p.length() >= 3 && !Character.isLetterOrDigit(p.charAt(0));
    }

    // A numbered or bulleted list of lines, joined into one paragraph: "1. ... 2. ...", "- ... - ...",
    // "→ ... → ..." (links).
    private static boolean isList(String p) {
        return p.startsWith("1. ") || p.startsWith("1) ") || p.length() > 2 && LIST_MARKS.indexOf(p.charAt(0)) >= 0
                && p.charAt(1) == ' ';
    }

    private static final String LIST_MARKS = "-*\u2022\u2192\u203A\u00BB\u25B8\u25BA";

    private static boolean isLabel(String p) {
        return !endsAsSentence(p) && TextRules.countWords(p) <= LABEL_WORDS;
    }

    /** Whether a paragraph ends as a sentence does: with . ! ? or a closing quote. */
    public static boolean endsAsSentence(String p) {
        char last = p.charAt(p.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    }

    private static boolean hardWrapped(String[] lines) {
        int counted = 0;
        int wrapped = 0;
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            counted++;
            char last = l.charAt(l.length() - 1);
            if (l.length() <= 90 && (Character.isLetterOrDigit(last) || last == ',')) {
                wrapped++;
            }
        }
        return counted > 3 && wrapped * 2 > counted;
    }

    private static void add(List<String> out, StringBuilder current) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Collapses white space (including no-break spaces) to single spaces, trimmed. */
    public static String normalise(String line) {
        if (isNormalised(line)) {
            return line; // most lines of a text file: nothing to copy
        }
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        int n = line.length();
        int i = 0;
        while (i < n) {
            char c = line.charAt(i);
            if (isVisible(c)) {
                // Copy a whole run of visible characters at once.
                int start = i;
                do {
                    i++;
                } while (i < n && isVisible(line.charAt(i)));
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(line, start, i);
            } else {
                if (isSpace(c)) {
                    space = out.length() > 0;
                }
                i++; // an invisible character (zero-width space, byte order mark, soft hyphen) goes
            }
        }
        return out.toString();
    }

    /**
     * Whether {@link #normalise} would give the line back as it is: visible characters, each
     * space a single ' ' between two of them.
     */
    private static boolean isNormalised(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (!isVisible(c) && (c != ' ' || i == 0 || i == n - 1 || !isVisible(line.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isVisible(char c) {
        if (c > ' ' && c < 0x7F) {
            return true; // printable ASCII, the common case: no table look-ups
        }
        if (c == ' ') {
            return false; // the next commonest, a space: no table look-ups either
        }
        return !isSpace(c) && c != '\u200B' && c != '\uFEFF' && c != '\u00AD';
    }
}
