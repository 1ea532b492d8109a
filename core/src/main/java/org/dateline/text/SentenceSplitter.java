package org.dateline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits main text into sentences with offsets into it. A paragraph break always ends a
 * sentence; a period after an abbreviation ("Feb. 24", "U.S. officials", "Gen. Gerasimov"),
 * an initial or inside a number does not. The abbreviations are data: abbreviations.txt and
 * starters.txt beside this class. Thread-safe.
 */
public final class SentenceSplitter {
    private static final String CLOSERS = "\"'”’)]»";

    private final Map<String, String> abbreviations = new HashMap<>();
    private final Set<String> starters = new HashSet<>();
    private final List<String> problems = new ArrayList<>();

    /** A splitter with the bundled abbreviation lists. */
    public SentenceSplitter() {
        for (RuleFile.Line line : RuleFile.resource(SentenceSplitter.class, "abbreviations.txt")) {
            String kind = line.field(1);
            if (!Set.of("inner", "date", "final").contains(kind)) {
                problems.add(line.problem("kind must be inner, date or final, not '" + kind + "'"));
                continue;
            }
            abbreviations.put(line.field(0).toLowerCase(Locale.ROOT), kind);
        }
        for (RuleFile.Line line : RuleFile.resource(SentenceSplitter.class, "starters.txt")) {
            starters.add(line.field(0).toLowerCase(Locale.ROOT));
        }
    }

    /** Bad lines of the bundled lists, as "file:line: reason"; empty when all is well. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The sentences of text, trimmed, in order, never crossing a paragraph break. */
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        Marks marks = new Marks(text);
        int from = 0;
        for (int[] b = paragraphBreak(text, 0); b != null; b = paragraphBreak(text, b[1])) {
            splitParagraph(text, from, b[0], marks, out);
            from = b[1];
        }
        splitParagraph(text, from, text.length(), marks, out);
        return out;
    }

    // The next paragraph break from offset at, as {start, end}, or null: a line break, a line of
    // nothing but spaces and the white space after it ("\n[ \t\x0B\f\r]*\n\s*"). A loop, not
    // that expression: it is looked for over every character of every article.
    private static int[] paragraphBreak(String text, int at) {
        for (int i = text.indexOf('\n', at); i >= 0; i = text.indexOf('\n', i + 1)) {
            int j = blankLineEnd(text, i);
            if (j >= 0) {
                int end = j + 1;
                while (end < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                return new int[] {i, end};
            }
        }
        return null;
    }

    /**
     * Whether a paragraph break, as {@link #split} sees one, lies within text[from, to): a line
     * break, then a line of nothing but spaces and the line break that ends it.
     */
    public static boolean paragraphBreakBetween(String text, int from, int to) {
        for (int i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) {
            int j = blankLineEnd(text, i);
            if (j >= 0 && j < to) {
                return true;
            }
        }
        return false;
    }

    // Where the line after the line break at i ends, when it holds nothing but spaces; else -1.
    private static int blankLineEnd(String text, int i) {
        int j = i + 1;
        while (j < text.length() && " \t\u000B\f\r".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        return j < text.length() && text.charAt(j) == '\n' ? j : -1;
    }

    /**
     * Where the next sentence-ending mark (. ! ? …) of a text is: each mark's next place is
     * found by String.indexOf, which scans far faster than a loop over every character, and
     * is looked for again only once passed.
     */
    private static final class Marks {
        private static final char[] MARKS = {'.', '!', '?', '…'};
        private final String text;
        private final int[] next = {-1, -1, -1, -1}; // by mark: its next place, text.length() for none

        Marks(String text) {
            this.text = text;
        }

        // The first mark at or after offset at and before to, or -1.
        int from(int at, int to) {
            int first = Integer.MAX_VALUE;
            for (int m = 0; m < MARKS.length; m++) {
                if (next[m] < at) {
                    int found = text.indexOf(MARKS[m], at);
                    next[m] = found < 0 ? text.length() : found;
                }
                first = Math.min(first, next[m]);
            }
            return first < to ? first : -1;
        }
    }

    private void splitParagraph(String text, int from, int to, Marks marks, List<Sentence> out) {
        int start = from;
        for (int i = marks.from(from, to); i >= 0; i = marks.from(i + 1, to)) {
            int j = i + 1;
            while (j < to && ".!?…".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            while (j < to && CLOSERS.indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            j = afterNoteMark(text, i, j, to);
            if (j < to && !Character.isWhitespace(text.charAt(j))) {
                i = j - 1;
                continue; // "1.5", "U.S.-led", "Kyiv.The" is left alone
            }
            int next = j;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next < to && endsHere(text, start, i, j, next)) {
                add(text, start, j, out);
                start = next;
            }
            i = j - 1;
        }
        add(text, start, to, out);
    }

    // "the violence.7 But the White House...", "were undergoing repairs.[1] The Russian...": a
    // footnote's number right after a word's full stop (or its closing quote), bare or in brackets,
    // and before a capitalised word belongs to the sentence it ends.
    private static int afterNoteMark(String text, int i, int j, int to) {
        int bracketed = afterBracketedNotes(text, j, to);
        if (bracketed > j) {
            return bracketed + 1 < to && text.charAt(bracketed) == ' ' && Character.isUpperCase(text.charAt(bracketed + 1))
                    ? bracketed : j;
        }
        if (text.charAt(i) != '.' || i == 0 || !(Character.isLetter(text.charAt(i - 1)) || j > i + 1)) {
            return j;
        }
        int k = j;
        while (k < to && k - j < 3 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        boolean note = k > j && k + 1 < to && text.charAt(k) == ' ' && Character.isUpperCase(text.charAt(k + 1));
        return note ? k : j;
    }

    // Past "[1]" or "[2][3]" at j, or j.
    private static int afterBracketedNotes(String text, int j, int to) {
        int k = j;
        while (k < to && text.charAt(k) == '[') {
            int d = k + 1;
            while (d < to && d - k <= 3 && Character.isDigit(text.charAt(d))) {
                d++;
            }
            if (d == k + 1 || d >= to || text.charAt(d) != ']') {
                break;
            }
            k = d + 1;
        }
        return k;
    }

    // Whether the mark at i (sentence material up to j) ends a sentence, the next one at next.
    private boolean endsHere(String text, int start, int i, int j, int next) {
        char following = text.charAt(next);
        if (Character.isLowerCase(following)) {
            return false; // "?" he asked; "U.S. officials"
        }
        if (text.charAt(i) != '.' || j > i + 1 && text.charAt(i + 1) == '.') {
            return true;
        }
        int w = i;
        while (w > start && (Character.isLetterOrDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, i);
        if (word.isEmpty()) {
            return true;
        }
        String kind = abbreviations.get(word.toLowerCase(Locale.ROOT));
        if (kind == null && word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            kind = "inner"; // an initial: "J. Smith"
        }
        if (kind == null && word.indexOf('.') > 0) {
            kind = "final"; // an unlisted dotted acronym
        }
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case "inner" -> false;
            case "date" -> !Character.isDigit(following);
            default -> starters.contains(nextWord(text, next));
        };
    }

    private static String nextWord(String text, int at) {
        int e = at;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(at, e).toLowerCase(Locale.ROOT);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, text.substring(start, end)));
        }
    }
}
