package org.dateline.action;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.dateline.text.Vocabulary;

/**
 * A list of words (normal forms) kept as bits by {@link Vocabulary} id: a token's id, looked up
 * once per text, tells whether its word is in the list, with no string hashed or compared. The
 * words join the vocabulary when the list is made, before texts are looked up in it.
 */
final class WordSet {
    private final BitSet ids = new BitSet();

    private WordSet(Collection<String> words) {
        for (String w : words) {
            ids.set(Vocabulary.add(w));
        }
    }

    static WordSet of(String... words) {
        return new WordSet(List.of(words));
    }

    static WordSet of(Collection<String> words) {
        return new WordSet(words);
    }

    /** Whether the word of the id is in the list; never for {@link Vocabulary#UNKNOWN}. */
    boolean has(int id) {
        return id >= 0 && ids.get(id);
    }
}
