package org.dateline.action;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.Token;

/**
 * The words the lexicon's patterns are written with, each given a small number. A sentence's
 * tokens are looked up once; slots and the first-word index then compare numbers instead of
 * hashing and comparing strings again for every pattern tried.
 */
final class WordIds {
    /** The id of a token whose word no pattern names. */
    static final int UNKNOWN = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    // The words' hash codes folded into a few hundred bytes that stay in the processor's cache:
    // a token no pattern names (a name, a number) is mostly turned away without touching the map.
    private final BitSet hashes = new BitSet(HASH_BITS);
    private static final int HASH_BITS = 1 << 14;

    /** The id of a word, a new one when it is first seen (while the lexicon is built). */
    int add(String word) {
        return ids.computeIfAbsent(word, w -> {
            hashes.set(w.hashCode() & (HASH_BITS - 1));
            words.add(w);
            return words.size() - 1;
        });
    }

    /** The word of an id. */
    String word(int id) {
        return words.get(id);
    }

    /** Number of ids given. */
    int size() {
        return ids.size();
    }

    /** The ids of the tokens' normal forms, {@link #UNKNOWN} for words no pattern names. */
    int[] of(Token[] tokens) {
        int[] out = new int[tokens.length];
        for (int i = 0; i < out.length; i++) {
            String norm = tokens[i].norm();
            Integer id = hashes.get(norm.hashCode() & (HASH_BITS - 1)) ? ids.get(norm) : null;
            out[i] = id == null ? UNKNOWN : id;
        }
        return out;
    }
}
