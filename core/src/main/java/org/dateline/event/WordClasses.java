package org.dateline.event;

import java.util.Arrays;
import org.dateline.text.Vocabulary;

/**
 * The word lists the reading rules test tokens against ("but", "while"... for a boundary), each
 * given one bit, kept by the word's {@link Vocabulary} id: the bits of a sentence's tokens are read
 * from an array once; the rules then test bits at every step of their scans instead of hashing
 * each word again for every list.
 *
 * <p>The lists are declared by the reading classes' static initialisers, run when ClauseReader
 * is built (see ClauseSubjects#declareWordLists): their words are in the vocabulary before any
 * text is looked up in it. At most 64 lists.
 */
final class WordClasses {
    private static long[] bits = new long[0]; // by vocabulary id
    private static int lists;

    private WordClasses() {
    }

    /** A new list of words (normal forms), as its bit. */
    static synchronized long of(String... words) {
        if (lists == Long.SIZE) {
            throw new IllegalStateException("more than 64 word lists");
        }
        long bit = 1L << lists++;
        for (String w : words) {
            int id = Vocabulary.add(w);
            if (id >= bits.length) {
                bits = Arrays.copyOf(bits, Math.max(id + 1, bits.length * 2));
            }
            bits[id] |= bit;
        }
        return bit;
    }

    /** The lists (bits) each token of [from, to) is in, from the vocabulary ids of all tokens. */
    static long[] in(int[] vocabularyIds, int from, int to) {
        long[] known = bits;
        long[] out = new long[to - from];
        for (int k = from; k < to; k++) {
            int id = vocabularyIds[k];
            out[k - from] = id >= 0 && id < known.length ? known[id] : 0;
        }
        return out;
    }
}
