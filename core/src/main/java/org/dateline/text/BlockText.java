package org.dateline.text;

/**
 * The text of the block being read, from the page's text nodes: white space runs become one
 * space, invisible characters (zero-width spaces and joiners, byte order marks, soft hyphens) go,
 * and letters (every other character) are counted, apart for those inside links. Characters are
 * copied in runs between char arrays, not one by one through a StringBuilder.
 */
final class BlockText {
    private static final byte LETTER = 0;
    private static final byte SPACE = 1;
    private static final byte INVISIBLE = 2;
    /** The kind of every Latin-1 character, worked out once: a table look-up for the common case. */
    private static final byte[] LATIN1_KINDS = new byte[256];

    static {
        for (char c = 0; c < LATIN1_KINDS.length; c++) {
            LATIN1_KINDS[c] = kindOf(c);
        }
    }

    private char[] chars = new char[512];
    private int length;
    /** The text node being read, copied once. */
    private char[] node = new char[512];
    private boolean pendingSpace;
    private int letters;
    private int linkLetters;

    /** Adds a text node's text; {@code inLink}: its letters count as link text. */
    void append(String text, boolean inLink) {
        int n = text.length();
        if (node.length < n) {
            node = new char[Math.max(n, 2 * node.length)];
        }
        text.getChars(0, n, node, 0);
        // Each run of letters brings at most one space along.
        if (chars.length < length + n + 1) {
            chars = java.util.Arrays.copyOf(chars, Math.max(length + n + 1, 2 * chars.length));
        }
        int i = 0;
        while (i < n) {
            byte kind = kind(node[i]);
            if (kind != LETTER) {
                pendingSpace |= kind == SPACE;
                i++;
                continue;
            }
            int start = i;
            do {
                i++;
            } while (i < n && kind(node[i]) == LETTER);
            if (pendingSpace && length > 0) {
                chars[length++] = ' ';
            }
            pendingSpace = false;
            System.arraycopy(node, start, chars, length, i - start);
            length += i - start;
            letters += i - start;
            if (inLink) {
                linkLetters += i - start;
            }
        }
    }

    /** How many letters the block has so far. */
    int letters() {
        return letters;
    }

    /** How many of them are inside links. */
    int linkLetters() {
        return linkLetters;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** Starts the next block. */
    void clear() {
        length = 0;
        pendingSpace = false;
        letters = 0;
        linkLetters = 0;
    }

    private static byte kind(char c) {
        return c < LATIN1_KINDS.length ? LATIN1_KINDS[c] : kindOf(c);
    }

    private static byte kindOf(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        }
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' ? INVISIBLE : LETTER;
    }
}
