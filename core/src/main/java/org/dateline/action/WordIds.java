package org.dateline.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.text.Vocabulary;

/**
 * The words the lexicon's patterns are written with, each given a small number of its own (the
 * index of the lexicon's arrays), found from the word's {@link Vocabulary} id: a sentence's
 * tokens are looked up once for the whole events stage; slots and the first-word index then
 * compare numbers instead of hashing and comparing strings again for every pattern tried.
 */
final class WordIds {
    /** The id of a token whose word no pattern names. */
    static final int UNKNOWN = -1;

    private final List<String> words = new ArrayList<>();
    private int[] byVocabularyId = new int[0]; // UNKNOWN for the words of other rule sets

    /** The id of a word, a new one when it is first seen (while the lexicon is built). */
    int add(String word) {
        int v = Vocabulary.add(word);
        if (v >= byVocabularyId.length) {
            int old = byVocabularyId.length;
            byVocabularyId = Arrays.copyOf(byVocabularyId, Math.max(v + 1, old * 2));
            Arrays.fill(byVocabularyId, old, byVocabularyId.length, UNKNOWN);
        }
        if (byVocabularyId[v] == UNKNOWN) {
            words.add(word);
            byVocabularyId[v] = words.size() - 1;
        }
        return byVocabularyId[v];
    }

    /** The word of an id. */
    String word(int id) {
        return words.get(id);
    }

    /** Number of ids given. */
    int size() {
        return words.size();
    }

    /** The ids of the words of vocabulary ids [from, to), {@link #UNKNOWN} for words no pattern names. */
    int[] of(int[] vocabularyIds, int from, int to) {
        int[] out = new int[to - from];
        for (int i = 0; i < out.length; i++) {
            int v = vocabularyIds[from + i];
            out[i] = v >= 0 && v < byVocabularyId.length ? byVocabularyId[v] : UNKNOWN;
        }
        return out;
    }
}
