package org.dateline.time;

import org.dateline.text.Ascii;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cue words and phrases of one kind ("will", "is due to"), found in a span of text word by
 * word instead of by a regex run at every position. A cue is found exactly where the regex
 * {@code \b(?:cue1|cue2|...)\b} (case-insensitive) would find it with the span as its region:
 * tried at each word start in the order given, the first that fits wins; case is ignored for
 * ASCII letters only; the span's ends are the text's ends. A phrase {@code "next !to"} is the
 * word "next" unless whitespace and the word "to" follow it. Optionally any word of five or
 * more ASCII letters ending in "-ed" is a cue too (a regular past form), but for exceptions.
 */
final class Cues {
    private static final String UNLESS = " !";

    /** One phrase: its text (lower case) and the word that must not follow it, or null. */
    private record Phrase(String text, String notBefore) {
        /**
         * How many ASCII letters it starts with: where it is found, the text's run of letters
         * is exactly that long (what follows them is a boundary or the phrase's next character,
         * which is no letter).
         */
        int leadingLetters() {
            int n = 0;
            while (n < text.length() && Ascii.isAsciiLetter(text.charAt(n))) {
                n++;
            }
            return n;
        }
    }

    private static final Phrase[] NONE = {};
    private static final boolean[] LETTER = asciiTable("azAZ");
    private static final boolean[] ALNUM = asciiTable("azAZ09");
    private static final boolean[] ASCII_WORD = asciiTable("azAZ09__");
    // Which two first characters (ASCII, lower case) start a phrase: most words start none
    // and are passed over after one look-up in this small set (2 KB: it stays in the cache).
    private final long[] firstTwo = new long[128 * 128 / 64];
    // The phrases by their first two characters (the key), in order: a word is compared only
    // with the phrases it may be ("was" with the six "was ...").
    private final Phrase[][] byFirstTwo = new Phrase[128 * 128][];
    private final boolean[] phraseStart = new boolean[128]; // the first characters of phrases
    private final String[] edExceptions;
    private final String[] edExceptedEndings;
    private final boolean edWords;
    // The longest phrase. (An -ed word, of any length, ends with its run of letters: it never
    // runs over the start of another cue.)
    private final int longest;

    private Cues(List<String> phrases, boolean edWords, List<String> edExceptions,
                 List<String> edExceptedEndings) {
        Arrays.fill(byFirstTwo, NONE);
        for (String p : phrases) {
            if (p.length() < 2 || p.charAt(0) >= 128 || p.charAt(1) >= 128) {
                throw new IllegalArgumentException("a cue starts with two ASCII characters: " + p);
            }
            int unless = p.indexOf(UNLESS);
            Phrase phrase = unless < 0 ? new Phrase(p, null)
                    : new Phrase(p.substring(0, unless), p.substring(unless + UNLESS.length()));
            int k = key(p.charAt(0), p.charAt(1));
            firstTwo[k >> 6] |= 1L << k;
            phraseStart[p.charAt(0)] = true;
            Phrase[] same = byFirstTwo[k];
            byFirstTwo[k] = Arrays.copyOf(same, same.length + 1);
            byFirstTwo[k][same.length] = phrase;
        }
        this.longest = phrases.stream().mapToInt(String::length).max().orElse(0);
        this.edWords = edWords;
        this.edExceptions = edExceptions.toArray(String[]::new);
        this.edExceptedEndings = edExceptedEndings.toArray(String[]::new);
    }

    /** The phrases, lower case, in the order they are tried. */
    static Cues of(List<String> phrases) {
        return new Cues(phrases, false, List.of(), List.of());
    }

    /**
     * The phrases, and any -ed word but the exceptions: a word, or "*ceed" for every word
     * ending so ("succeed", "proceed").
     */
    static Cues withEdWords(List<String> phrases, List<String> exceptions) {
        List<String> words = new ArrayList<>();
        List<String> endings = new ArrayList<>();
        for (String e : exceptions) {
            (e.startsWith("*") ? endings : words).add(e.startsWith("*") ? e.substring(1) : e);
        }
        return new Cues(phrases, true, words, endings);
    }

    /** The cues of this kind in one text (see {@link #in(String, char[], Cues...)}). */
    InText in(String text, char[] chars) {
        return in(text, chars, this)[0];
    }

    /**
     * The cues of this kind in one text whose maybe-starts (see {@link #markStarts}) are
     * already marked.
     */
    InText in(String text, char[] chars, Positions starts) {
        return new InText(text, chars, starts);
    }

    /**
     * The cues of these kinds in one text, the places where one may start marked in one pass
     * over the text for all the kinds.
     *
     * @param chars the text's characters from 0 on (the array may be longer than the text)
     */
    static InText[] in(String text, char[] chars, Cues... kinds) {
        return new Kinds(kinds).in(text, chars);
    }

    /**
     * Kinds of cues looked for together: where a cue of each may start is marked in one pass
     * over a text, with one look-up per word for all the kinds.
     */
    static final class Kinds {
        private static final int MAX_KINDS = 4; // 16 bits each in a long
        private static final int MAX_LETTERS = 16;
        private final Cues[] kinds;
        // Which two first characters (ASCII, lower case) start a phrase of some kind: most words
        // start none and are passed over after one look-up in this small set (2 KB).
        private final long[] firstTwo = new long[128 * 128 / 64];
        // By those two characters: bit 16 * kind + n is set when a phrase of that kind starts
        // so with n ASCII letters. Read only for the keys in firstTwo.
        private final long[] lettersByFirstTwo = new long[128 * 128];
        private final boolean[] phraseStart = new boolean[128]; // of some kind
        private final boolean edWords; // some kind has -ed words

        Kinds(Cues... kinds) {
            if (kinds.length > MAX_KINDS) {
                throw new IllegalArgumentException("at most " + MAX_KINDS + " kinds of cues");
            }
            this.kinds = kinds.clone();
            boolean ed = false;
            for (int k = 0; k < kinds.length; k++) {
                Cues kind = kinds[k];
                ed |= kind.edWords;
                for (int key = 0; key < kind.byFirstTwo.length; key++) {
                    for (Phrase p : kind.byFirstTwo[key]) {
                        int letters = p.leadingLetters();
                        if (letters >= MAX_LETTERS) {
                            throw new IllegalArgumentException("a cue starts with a word of "
                                    + MAX_LETTERS + " or more letters: " + p.text());
                        }
                        firstTwo[key >> 6] |= 1L << key;
                        lettersByFirstTwo[key] |= 1L << (MAX_LETTERS * k + letters);
                        phraseStart[key / 128] = true;
                    }
                }
            }
            edWords = ed;
        }

        /** The cues of these kinds in one text, the places where one may start marked in one pass. */
        InText[] in(String text, char[] chars) {
            int length = text.length();
            Positions[] starts = new Positions[kinds.length];
            InText[] found = new InText[kinds.length];
            for (int k = 0; k < kinds.length; k++) {
                starts[k] = new Positions(length);
                found[k] = kinds[k].in(text, chars, starts[k]);
            }
            markStarts(chars, length, 0, length, starts);
            return found;
        }

        /**
         * Marks (in the positions of each kind, in order) where in [from, to) the scan of
         * next() looks (not inside a run of ASCII letters and digits) and a cue of a kind may
         * start with the text's characters there: a phrase's first two, or an -ed word. In a
         * span, endAt can find a cue only at these places, at the span's first character (when
         * it is inside a run) and at the run its end cuts (an -ed word it makes). A text marked
         * range by range, the ranges in any places, is marked as in one pass.
         */
        void markStarts(char[] text, int n, int from, int to, Positions[] starts) {
            int i = from;
            if (i > 0 && isAsciiLetterOrDigit(text[i - 1])) {
                while (i < to && isAsciiLetterOrDigit(text[i])) {
                    i++; // the rest of a run begun before
                }
            }
            char d;
            while (i < to) {
                char c = text[i];
                if (c < 128 && ALNUM[c]) {
                    int letters = i;
                    while (letters < n && (d = text[letters]) < 128 && LETTER[d]) {
                        letters++;
                    }
                    int run = letters;
                    while (run < n && (d = text[run]) < 128 && ALNUM[d]) {
                        run++;
                    }
                    markRun(text, n, i, letters, starts);
                    i = run;
                } else {
                    markOther(text, n, i, starts);
                    i++;
                }
            }
        }

        /**
         * As {@link #markStarts} for a word of ASCII letters [start, end) that a reader of the
         * text has just passed over, after a character that is no ASCII letter or digit (or at
         * the text's start) and before one: a run of its own, whose characters need no second look.
         */
        void markLetters(char[] text, int n, int start, int end, Positions[] starts) {
            markRun(text, n, start, end, starts);
        }

        /** Some phrase of these kinds starts with this character. */
        boolean mayStartPhrase(char c) {
            return c < 128 && phraseStart[c];
        }

        // A run of ASCII letters and digits starts at i, its letters ending at 'letters'.
        private void markRun(char[] text, int n, int i, int letters, Positions[] starts) {
            int count = letters - i;
            boolean edShaped = edWords && count >= 5
                    && (text[letters - 2] | 0x20) == 'e' && (text[letters - 1] | 0x20) == 'd';
            int key = keyAt(text, n, i);
            long phrases = key >= 0 && (firstTwo[key >> 6] & 1L << key) != 0 && count < MAX_LETTERS
                    ? lettersByFirstTwo[key] >>> count : 0;
            if (!edShaped && phrases == 0) {
                return; // most words
            }
            for (int k = 0; k < kinds.length; k++) {
                if ((edShaped && kinds[k].edWords) || (phrases >>> (MAX_LETTERS * k) & 1) != 0) {
                    starts[k].add(i);
                }
            }
        }

        /**
         * As {@link #markStarts} for the one character at i, which is no ASCII letter or digit
         * (where a phrase like "'ll" may start).
         */
        void markOther(char[] text, int n, int i, Positions[] starts) {
            char c = text[i];
            if (c < 128 && phraseStart[c]) {
                for (int k = 0; k < kinds.length; k++) {
                    if (kinds[k].phraseStart[c] && kinds[k].startsPhrase(keyAt(text, n, i))) {
                        starts[k].add(i);
                    }
                }
            }
        }
    }

    // The key of the two characters at i (the second, when there is one in the text's n), or
    // -1 when either is beyond ASCII.
    private static int keyAt(char[] text, int n, int i) {
        char c = text[i];
        char second = i + 1 < n ? text[i + 1] : 0;
        return c < 128 && second < 128 ? key(Ascii.lowerAscii(c), Ascii.lowerAscii(second)) : -1;
    }

    private boolean startsPhrase(int key) {
        return key >= 0 && (firstTwo[key >> 6] & 1L << key) != 0;
    }

    // The word at i, its letters ending at 'letters', may start a cue: it starts a phrase, or
    // it is shaped like an -ed word.
    private boolean mayStartWord(String text, int i, int letters, int to) {
        return (edWords && letters - i >= 5 && Ascii.regionMatchesAscii(text, letters - 2, "ed", to))
                || startsPhrase(text, i, to);
    }

    /** The most characters a cue can take; MAX_VALUE with -ed words, which can be any length. */
    int longest() {
        return edWords ? Integer.MAX_VALUE : longest;
    }

    /** A cue within the span [from, to) that starts before i runs over i. */
    boolean overlapped(String text, char[] chars, int i, int from, int to) {
        for (int j = i - 1; j >= Math.max(from, i - longest); j--) {
            if (mayStartAt(text, chars, j, from, to) && endAt(text, chars, j, from, to) > i) {
                return true;
            }
        }
        return false;
    }

    // next() looks at i, scanning the span [from, to), and asks endAt there.
    private boolean mayStartAt(String text, char[] chars, int i, int from, int to) {
        char c = chars[i];
        if (!isAsciiLetterOrDigit(c)) {
            return c < 128 && phraseStart[c];
        }
        return (i == from || !isAsciiLetterOrDigit(chars[i - 1]))
                && mayStartWord(text, i, letterRunEnd(chars, i, to), to);
    }

    /** A scan of the text looks at i: it is not inside a run of ASCII letters and digits. */
    static boolean scanned(String text, int i) {
        return i == 0 || i == text.length() || !isAsciiLetterOrDigit(text.charAt(i - 1))
                || !isAsciiLetterOrDigit(text.charAt(i));
    }

    /** The end of the run of ASCII letters and digits at i, within [i, to). */
    static int runEnd(String text, int i, int to) {
        int run = i;
        while (run < to && isAsciiLetterOrDigit(text.charAt(run))) {
            run++;
        }
        return run;
    }

    // The two characters at i start a phrase.
    private boolean startsPhrase(String text, int i, int to) {
        char c = text.charAt(i);
        char second = i + 1 < to ? text.charAt(i + 1) : 0;
        if (c >= 128 || second >= 128) {
            return false;
        }
        int k = key(Ascii.lowerAscii(c), Ascii.lowerAscii(second));
        return (firstTwo[k >> 6] & 1L << k) != 0;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c < 128 && ALNUM[c];
    }

    private static boolean[] asciiTable(String ranges) {
        boolean[] table = new boolean[128];
        for (int r = 0; r < ranges.length(); r += 2) {
            for (char c = ranges.charAt(r); c <= ranges.charAt(r + 1); c++) {
                table[c] = true;
            }
        }
        return table;
    }

    /**
     * The end of the cue that starts at {@code i} within the span [from, to), or -1. Cues do
     * not overlap: the next one is looked for from this end.
     */
    int endAt(String text, char[] chars, int i, int from, int to) {
        char c = chars[i];
        char second = i + 1 < to ? chars[i + 1] : 0;
        if (c >= 128 || second >= 128) {
            return -1; // every cue starts with two ASCII characters
        }
        char first = Ascii.lowerAscii(c);
        int k = key(first, Ascii.lowerAscii(second));
        Phrase[] phrases = (firstTwo[k >> 6] & 1L << k) != 0 ? byFirstTwo[k] : NONE;
        int letters = edWords ? letterRunEnd(chars, i, to) : i;
        boolean edWord = letters - i >= 5 && matchesAt(chars, letters - 2, "ed", to);
        if ((phrases.length == 0 && !edWord) || !boundary(text, chars, i, from, to)) {
            return -1;
        }
        for (Phrase p : phrases) {
            int end = i + p.text().length();
            if (matchesAt(chars, i, p.text(), to) && boundary(text, chars, end, from, to)
                    && (p.notBefore() == null || !followedBy(text, end, from, to, p.notBefore()))) {
                return end;
            }
        }
        return edWord ? edWordEnd(text, chars, i, letters, from, to) : -1;
    }

    private static int key(char first, char second) {
        return first * 128 + second;
    }

    // Whitespace, then the word: "next to".
    private static boolean followedBy(String text, int i, int from, int to, String word) {
        int j = i;
        while (j < to && Ascii.isRegexSpace(text.charAt(j))) {
            j++;
        }
        return j > i && Ascii.regionMatchesAscii(text, j, word, to)
                && Ascii.boundary(text, j + word.length(), from, to);
    }

    // As Ascii.regionMatchesAscii, on the text's characters.
    private static boolean matchesAt(char[] chars, int i, String lower, int to) {
        if (i < 0 || i + lower.length() > to) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (Ascii.lowerAscii(chars[i + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    // As Ascii.boundary; between two ASCII characters (the usual) read from the array.
    private static boolean boundary(String text, char[] chars, int i, int from, int to) {
        char before = i > from ? chars[i - 1] : ' ';
        char after = i < to ? chars[i] : ' ';
        if (before >= 128 || after >= 128) {
            return Ascii.boundary(text, i, from, to);
        }
        return ASCII_WORD[before] != ASCII_WORD[after];
    }

    private static int letterRunEnd(char[] chars, int i, int to) {
        int end = i;
        while (end < to && Ascii.isAsciiLetter(chars[end])) {
            end++;
        }
        return end;
    }

    // The end of the -ed word at i, its letters ending at 'end' (five or more, ending in -ed).
    private int edWordEnd(String text, char[] chars, int i, int end, int from, int to) {
        if (!boundary(text, chars, end, from, to)) {
            return -1;
        }
        for (String word : edExceptions) {
            if (end - i == word.length() && matchesAt(chars, i, word, to)) {
                return -1;
            }
        }
        for (String ending : edExceptedEndings) {
            if (end - i >= ending.length() && matchesAt(chars, end - ending.length(), ending, to)) {
                return -1;
            }
        }
        return end;
    }

    /**
     * The cues of one kind in one text, each span's found exactly where the scan of a span
     * would find them, {@code \b(?:cue1|cue2|...)\b} with the span as the region: the scan
     * looks at the span's first character, then only where no ASCII letter or digit is on
     * both sides, and a cue is where endAt finds one. The places where endAt may find one are
     * the text's maybe-starts, the span's first character and the run of letters its end cuts
     * (which may become an -ed word); only those are asked.
     */
    final class InText {
        private final String text;
        private final char[] chars;
        private final Positions starts; // the maybe-starts

        private InText(String text, char[] chars, Positions starts) {
            this.text = text;
            this.chars = chars;
            this.starts = starts;
        }

        /** True when a cue starts at or after {@code from} and ends by {@code to}. */
        boolean find(int from, int to) {
            return next(from, from, to, to) >= 0;
        }

        /** The start of the first cue at or after {@code i} within the span [from, to), or -1. */
        int next(int i, int from, int to) {
            return next(i, from, to, to);
        }

        /**
         * The start of the first cue at or after {@code i} and before {@code before} within
         * the span [from, to), or -1: the span still bounds what a cue is ("next" before the
         * span's end). The scan looks at i wherever it is, even inside a word.
         */
        int next(int i, int from, int to, int before) {
            if (i >= before) {
                return -1;
            }
            if (endAt(i, from, to) >= 0) {
                return i;
            }
            int cut = cutRun(to);
            if (cut <= i) {
                cut = -1;
            }
            for (int p = starts.next(i + 1, before); p >= 0; p = starts.next(p + 1, before)) {
                if (cut >= 0 && cut <= p) {
                    if (cut < p && endAt(cut, from, to) >= 0) {
                        return cut;
                    }
                    cut = -1;
                }
                if (endAt(p, from, to) >= 0) {
                    return p;
                }
            }
            return cut >= 0 && cut < before && endAt(cut, from, to) >= 0 ? cut : -1;
        }

        /**
         * The start of the last cue within the span [from, to) that starts in [lowest, before),
         * or -1: a place where {@link #next} looks (from {@code from}) and {@link #endAt} finds
         * a cue, whether or not one before it runs over it ({@link #overlapped}).
         */
        int lastStart(int lowest, int before, int from, int to) {
            int low = Math.max(lowest, from);
            int found = -1;
            for (int p = starts.last(low, before); p > from; p = starts.last(low, p)) {
                if (endAt(p, from, to) >= 0) {
                    found = p;
                    break;
                }
            }
            int cut = cutRun(to);
            if (cut > found && cut > from && cut < before && cut >= low && endAt(cut, from, to) >= 0) {
                found = cut;
            }
            if (found < 0 && from >= low && from < before && endAt(from, from, to) >= 0) {
                found = from;
            }
            return found;
        }

        /** The end of the cue that starts at {@code i} within the span [from, to), or -1. */
        int endAt(int i, int from, int to) {
            return Cues.this.endAt(text, chars, i, from, to);
        }

        /** A cue within the span [from, to) that starts before i runs over i. */
        boolean overlapped(int i, int from, int to) {
            return Cues.this.overlapped(text, chars, i, from, to);
        }

        // Where the run of ASCII letters and digits that the span's end cuts starts, when its
        // letters reach the end (in the span they end there: an -ed word may end there); else -1.
        private int cutRun(int to) {
            if (to == 0 || to >= text.length() || !Ascii.isAsciiLetter(chars[to]) || !Ascii.isAsciiLetter(chars[to - 1])) {
                return -1;
            }
            int start = to - 1;
            while (start > 0 && isAsciiLetterOrDigit(chars[start - 1])) {
                start--;
            }
            return start;
        }
    }
}
