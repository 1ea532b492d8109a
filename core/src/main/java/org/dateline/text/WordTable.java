package org.dateline.text;

import java.util.Map;

/**
 * The vocabulary at one moment, as an open-addressing table that finds a word straight from the
 * characters of a text, normalising them (see {@link Token#normalize}) as it hashes and compares:
 * no String is built, hashed or compared to look up a token, and the normal form found is the
 * table's own copy. Immutable.
 */
final class WordTable {
    /** A slot of no word: the word is not in the vocabulary. */
    static final int ABSENT = -1;
    /**
     * The characters need the full {@link String#toLowerCase} ("İ", "Σ", surrogates): look the
     * normal form up as a String.
     */
    static final int NOT_SIMPLE = -2;

    private static final int EMPTY = -1;

    // By slot, side by side: the word's hash and its id (EMPTY where no word is), so a probe
    // reads one array and touches a word's characters only when the hashes agree
    private final int[] hashesAndIds;
    private final String[] words;
    private final int mask;

    WordTable(Map<String, Integer> vocabulary) {
        int capacity = Integer.highestOneBit(Math.max(16, vocabulary.size() * 3)) << 1; // at most a third full
        hashesAndIds = new int[2 * capacity];
        words = new String[capacity];
        mask = capacity - 1;
        for (int slot = 0; slot < capacity; slot++) {
            hashesAndIds[2 * slot + 1] = EMPTY;
        }
        vocabulary.forEach((word, id) -> {
            int h = hash(word);
            int slot = spread(h) & mask;
            while (hashesAndIds[2 * slot + 1] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            hashesAndIds[2 * slot] = h;
            hashesAndIds[2 * slot + 1] = id;
            words[slot] = word;
        });
    }

    /** The slot of the normal form of text[start, end), or {@link #ABSENT} or {@link #NOT_SIMPLE}. */
    int slot(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            int c = simpleNormal(text[i]);
            if (c < 0) {
                return NOT_SIMPLE;
            }
            h = 31 * h + c;
        }
        int length = end - start;
        for (int slot = spread(h) & mask; hashesAndIds[2 * slot + 1] != EMPTY; slot = (slot + 1) & mask) {
            if (hashesAndIds[2 * slot] == h && words[slot].length() == length && sameNormal(words[slot], text, start)) {
                return slot;
            }
        }
        return ABSENT;
    }

    /** The vocabulary id of a slot found. */
    int id(int slot) {
        return hashesAndIds[2 * slot + 1];
    }

    /** The word (normal form) of a slot found. */
    String word(int slot) {
        return words[slot];
    }

    // Whether word (a normal form) is the normal form of text from start, of the same length.
    private static boolean sameNormal(String word, char[] text, int start) {
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != simpleNormal(text[start + k])) {
                return false;
            }
        }
        return true;
    }

    // A word of the table is a normal form already: its characters hash as they are.
    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    // The character as Token.normalize makes it, or -1 when String.toLowerCase does more than
    // lower each character by itself: the Greek capital sigma (final or not), the dotted capital I
    // (two characters) and surrogates.
    static int simpleNormal(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        if (c == '’' || c == '‘') {
            return '\'';
        }
        if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
            return -1;
        }
        return Character.toLowerCase(c);
    }
}
