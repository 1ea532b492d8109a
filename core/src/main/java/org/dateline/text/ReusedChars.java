package org.dateline.text;

/**
 * A buffer a text's characters are copied into, reused from text to text (one per thread): an
 * array is read by index without a String's check of its width at every look, and a new copy of
 * every text would be garbage the other stages pay for in the caches.
 */
public final class ReusedChars {
    private final int keptMax;
    private char[] chars;

    /**
     * A buffer starting at {@code initial} characters; one grown past {@code keptMax} for a long
     * text serves that text only and is not kept.
     */
    public ReusedChars(int initial, int keptMax) {
        this.chars = new char[initial];
        this.keptMax = keptMax;
    }

    /** The text's characters from index 0; what follows them is left from earlier texts. */
    public char[] of(String text) {
        char[] c = text.length() <= chars.length ? chars : new char[Math.max(text.length(), 2 * chars.length)];
        if (c.length <= keptMax) {
            chars = c;
        }
        text.getChars(0, text.length(), c, 0);
        return c;
    }
}
