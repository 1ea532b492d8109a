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

    // By slot, side by side in one array (a probe that finds a word reads one cache line): the
    // word's hash, its id (EMPTY where no word is), where its characters are in the pool and how
    // many. No String is dereferenced to compare: that was a cache miss per token.
    private final int[] entries;
    private static final int HASH = 0;
    private static final int ID = 1;
    private static final int OFFSET = 2;
    private static final int LENGTH = 3;
    private static final int FIELDS = 4;
    private final char[] pool; // every word's characters, one after another
    // A bit per hash of the words, in 4 KB that stay in the first-level cache: most tokens are in
    // no rule set, and their bit, unset, says so without a probe into the table
    private final long[] filter = new long[FILTER_BITS / Long.SIZE];
    private static final int FILTER_BITS = 1 << 15;
    private final String[] words;
    private final int mask;

    WordTable(Map<String, Integer> vocabulary) {
        int capacity = Integer.highestOneBit(Math.max(16, vocabulary.size() * 2)) << 1; // at most half full
        entries = new int[FIELDS * capacity];
        words = new String[capacity];
        mask = capacity - 1;
        for (int slot = 0; slot < capacity; slot++) {
            entries[FIELDS * slot + ID] = EMPTY;
        }
        StringBuilder chars = new StringBuilder();
        vocabulary.forEach((word, id) -> {
            int h = hash(word);
            int slot = spread(h) & mask;
            while (entries[FIELDS * slot + ID] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            entries[FIELDS * slot + HASH] = h;
            entries[FIELDS * slot + ID] = id;
            entries[FIELDS * slot + OFFSET] = chars.length();
            entries[FIELDS * slot + LENGTH] = word.length();
            words[slot] = word;
            chars.append(word);
            filter[filterBit(h) >>> 6] |= 1L << filterBit(h);
        });
        pool = chars.toString().toCharArray();
    }

    /**
     * What {@link #find} found for a word: its slot (or {@link #ABSENT} or {@link #NOT_SIMPLE}),
     * and whether its characters are their own normal form ("shelling", not "Shelling"). One is
     * reused from token to token of a text: the tokenizer learns both in the one pass that hashes.
     */
    static final class Found {
        int slot;
        boolean normal;
    }

    /** The slot of the normal form of text[start, end), or {@link #ABSENT} or {@link #NOT_SIMPLE}. */
    int slot(char[] text, int start, int end) {
        return find(text, start, end, new Found()).slot;
    }

    /** Looks up the normal form of text[start, end) into found, and returns it. */
    Found find(char[] text, int start, int end, Found found) {
        int h = 0;
        boolean normal = true;
        for (int i = start; i < end; i++) {
            int c = simpleNormal(text[i]);
            if (c < 0) {
                found.slot = NOT_SIMPLE;
                return found;
            }
            normal &= c == text[i];
            h = 31 * h + c;
        }
        found.normal = normal;
        found.slot = probe(h, text, start, end - start);
        return found;
    }

    private int probe(int h, char[] text, int start, int length) {
        if ((filter[filterBit(h) >>> 6] & 1L << filterBit(h)) == 0) {
            return ABSENT;
        }
        for (int slot = spread(h) & mask; entries[FIELDS * slot + ID] != EMPTY; slot = (slot + 1) & mask) {
            int e = FIELDS * slot;
            if (entries[e + HASH] == h && entries[e + LENGTH] == length
                    && sameNormal(entries[e + OFFSET], text, start, length)) {
                return slot;
            }
        }
        return ABSENT;
    }

    /** The vocabulary id of a slot found. */
    int id(int slot) {
        return entries[FIELDS * slot + ID];
    }

    /** The word (normal form) of a slot found. */
    String word(int slot) {
        return words[slot];
    }

    // Whether the pool's characters from offset are the normal form of text[start, start + length).
    private boolean sameNormal(int offset, char[] text, int start, int length) {
        for (int k = 0; k < length; k++) {
            if (pool[offset + k] != simpleNormal(text[start + k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The normal form of text[start, start + length), written as the String text when that is
     * its own normal form (no copy made), for characters {@link #slot} did not find NOT_SIMPLE.
     */
    static String simpleNormalForm(char[] text, int start, int length, String written) {
        for (int k = 0; k < length; k++) {
            if (simpleNormal(text[start + k]) != text[start + k]) {
                char[] normal = new char[length];
                for (int j = 0; j < length; j++) {
                    normal[j] = (char) simpleNormal(text[start + j]);
                }
                return new String(normal);
            }
        }
        return written;
    }

    // A word of the table is a normal form already: its characters hash as they are.
    private static int hash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            h = 31 * h + word.charAt(i);
        }
        return h;
    }

    // The filter's bit of a hash: its top bits once multiplied by a large odd number, so that
    // words hashing close together (short ones do) are far apart
    private static int filterBit(int h) {
        return (h * 0x9E3779B9) >>> (Integer.SIZE - 15);
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
