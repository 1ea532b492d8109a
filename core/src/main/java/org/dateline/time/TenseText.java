package org.dateline.time;

import org.dateline.text.Ascii;

/**
 * One text as {@link Tense} reads it: where its sentences end, and where its future and past
 * cues may start. Both are marked word by word in the pass the tagger makes over the text for
 * its rules anyway ({@link #word}, {@link #other}), instead of in later scans of the text
 * around each expression; then they are looked up for every expression.
 * Not thread-safe: one per text being tagged.
 */
final class TenseText {
    // How far from an expression its sentence is looked for: a longer one is cut there.
    private static final int WINDOW = 120;
    private static final boolean[] SENTENCE_MARK = new boolean[128]; // may end a sentence
    private static final Cues.Kinds CUES = new Cues.Kinds(Tense.FUTURE, Tense.PAST);
    // The ASCII characters 'other' marks anything at: what may end a sentence or start a cue.
    private static final boolean[] MARKED = new boolean[128];

    static {
        for (char c : "\n!?;.".toCharArray()) {
            SENTENCE_MARK[c] = true;
        }
        for (char c = 0; c < 128; c++) {
            MARKED[c] = SENTENCE_MARK[c] || CUES.mayStartPhrase(c);
        }
    }

    private final String text;
    private final char[] chars;
    private final int length;
    private final Positions sentenceEnds;
    private final Positions[] cueStarts = new Positions[2]; // future's, past's
    private final Cues.InText future;
    private final Cues.InText past;

    /**
     * A text whose characters the caller passes over once, in order, telling each word and
     * each other character ({@link #word}, {@link #other}) before anything is asked.
     *
     * @param chars the text's characters (read by index without String's checks) from 0 on;
     *              the array may be longer than the text (a buffer reused from text to text)
     */
    TenseText(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        this.length = text.length();
        sentenceEnds = new Positions(length);
        for (int k = 0; k < cueStarts.length; k++) {
            cueStarts[k] = new Positions(length);
        }
        future = Tense.FUTURE.in(text, chars, cueStarts[0]);
        past = Tense.PAST.in(text, chars, cueStarts[1]);
    }

    /** A text read through here, for a caller that makes no pass over it of its own. */
    static TenseText read(String text) {
        TenseText read = new TenseText(text, text.toCharArray());
        char[] chars = read.chars;
        int at = 0;
        while (at < chars.length) {
            if (!Ascii.isWord(chars[at])) {
                if (marksAt(chars[at])) {
                    read.other(at);
                }
                at++;
                continue;
            }
            int letters = at;
            while (letters < chars.length && Ascii.isAsciiLetter(chars[letters])) {
                letters++;
            }
            int end = letters;
            while (end < chars.length && Ascii.isWord(chars[end])) {
                end++;
            }
            read.word(at, letters, end);
            at = end;
        }
        return read;
    }

    /**
     * The next word passed over: a run of word characters ({@link Ascii#isWord}) [start, end),
     * its ASCII letters ending at {@code letters}.
     */
    void word(int start, int letters, int end) {
        if (letters == end) {
            CUES.markLetters(chars, length, start, end, cueStarts); // the usual word
        } else {
            markMixedWord(start, end);
        }
    }

    // Apart, so that what the tagger calls for every word stays small enough to be inlined.
    private void markMixedWord(int start, int end) {
        CUES.markStarts(chars, length, start, end, cueStarts);
    }

    /**
     * False for a character that {@link #other} marks nothing at (most: a space, a comma),
     * which need not be told.
     */
    static boolean marksAt(char c) {
        return c < 128 && MARKED[c];
    }

    /** The next character passed over, a non-word one. */
    void other(int i) {
        char c = chars[i];
        if (c < 128) {
            if (SENTENCE_MARK[c] && endsSentence(i)) {
                sentenceEnds.add(i);
            }
            CUES.markOther(chars, length, i, cueStarts);
        }
    }

    String text() {
        return text;
    }

    Cues.InText future() {
        return future;
    }

    Cues.InText past() {
        return past;
    }

    /** Where the sentence of an expression starting at {@code start} starts (at most WINDOW before). */
    int sentenceStart(int start) {
        int limit = Math.max(0, start - WINDOW);
        int end = sentenceEnds.last(limit, start);
        return end >= 0 ? end + 1 : limit;
    }

    /** Where the sentence of an expression ending at {@code end} ends (at most WINDOW after). */
    int sentenceEnd(int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        int found = sentenceEnds.next(end, limit);
        return found >= 0 ? found : limit;
    }

    // A line break, '!', '?', ';', or a '.' followed by a space and a capital (or the end) that
    // does not close a short abbreviation ("Sept. 14", "Mr. Putin", "U.S. forces").
    private boolean endsSentence(int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        int next = i + 1;
        if (next == text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false;
        }
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && !Character.isUpperCase(text.charAt(next))
                && "\"'`(“‘".indexOf(text.charAt(next)) < 0) {
            return false;
        }
        int word = i;
        while (word > 0 && (Character.isLetter(text.charAt(word - 1)) || text.charAt(word - 1) == '.')) {
            word--;
        }
        int wordLength = i - word;
        return wordLength == 0 || wordLength > 4 || !Character.isUpperCase(text.charAt(word));
    }
}
