package org.dateline.time;

/**
 * One text as {@link Tense} reads it: where its sentences end, and where its future and past
 * cues may start. Each is found a block of the text at a time (the cues of both kinds in one
 * pass), the first time an expression's clause reaches the block (what no clause reaches is
 * never read), and then looked up for every expression, instead of the text around each
 * being scanned again.
 * Not thread-safe: one per text being tagged.
 */
final class TenseText {
    // How far from an expression its sentence is looked for: a longer one is cut there.
    private static final int WINDOW = 120;
    private static final boolean[] SENTENCE_MARK = new boolean[128]; // may end a sentence

    static {
        for (char c : "\n!?;.".toCharArray()) {
            SENTENCE_MARK[c] = true;
        }
    }

    private final String text;
    private final char[] chars;
    // Made the first time an expression needs them (most texts have few that do, some none).
    private LazyPositions sentenceEnds;
    private Cues.InText future;
    private Cues.InText past;

    /**
     * @param chars the text's characters (read by index without String's checks) from 0 on;
     *              the array may be longer than the text (a buffer reused from text to text)
     */
    TenseText(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /** For a text whose characters no one has copied yet. */
    TenseText(String text) {
        this(text, text.toCharArray());
    }

    String text() {
        return text;
    }

    Cues.InText future() {
        findCues();
        return future;
    }

    Cues.InText past() {
        findCues();
        return past;
    }

    private void findCues() {
        if (future == null) {
            Cues.InText[] both = Cues.in(text, chars, Tense.FUTURE, Tense.PAST);
            future = both[0];
            past = both[1];
        }
    }

    // Apart from the cues: a clause's cues are mostly near the expression, its sentence's ends
    // may be farther, and the marks that may end one are few and quickly passed.
    private LazyPositions sentenceEnds() {
        if (sentenceEnds == null) {
            sentenceEnds = new LazyPositions(text.length(), new LazyPositions.Finder(text.length()) {
                @Override
                void find(int from, int to) {
                    findSentenceEnds(from, to);
                }
            });
        }
        return sentenceEnds;
    }

    /** Where the sentence of an expression starting at {@code start} starts (at most WINDOW before). */
    int sentenceStart(int start) {
        int limit = Math.max(0, start - WINDOW);
        int end = sentenceEnds().last(limit, start);
        return end >= 0 ? end + 1 : limit;
    }

    /** Where the sentence of an expression ending at {@code end} ends (at most WINDOW after). */
    int sentenceEnd(int end) {
        int limit = Math.min(text.length(), end + WINDOW);
        int found = sentenceEnds().next(end, limit);
        return found >= 0 ? found : limit;
    }

    private void findSentenceEnds(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 128 && SENTENCE_MARK[c] && endsSentence(i)) {
                sentenceEnds.add(i);
            }
        }
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
        int length = i - word;
        return length == 0 || length > 4 || !Character.isUpperCase(text.charAt(word));
    }
}
