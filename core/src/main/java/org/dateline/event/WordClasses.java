package org.dateline.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.Token;

/**
 * The word lists the reading rules test tokens against ("but", "while"... for a boundary), each
 * given one bit. A sentence's tokens are looked up once (one hash lookup each); the rules then
 * test bits at every step of their scans instead of hashing each word again for every list.
 *
 * <p>The lists are declared by the reading classes' static initialisers, which the JVM runs
 * before any of their instances is built: every list a rule asks about is known before a
 * sentence is looked up. At most 64 lists.
 */
final class WordClasses {
    private static final Map<String, Long> BITS = new HashMap<>();
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
            BITS.merge(w, bit, (a, b) -> a | b);
        }
        return bit;
    }

    /** The lists (bits) each token of [from, to) is in. */
    static long[] in(List<Token> tokens, int from, int to) {
        long[] out = new long[to - from];
        for (int k = from; k < to; k++) {
            Long bits = BITS.get(tokens.get(k).norm());
            out[k - from] = bits == null ? 0 : bits;
        }
        return out;
    }
}
