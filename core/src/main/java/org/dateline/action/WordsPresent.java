package org.dateline.action;

import java.util.Arrays;

/**
 * The words (vocabulary ids) of the sentence last marked on a thread: for each id, the number
 * of the last sentence it occurred in. Marking costs a store per token, asking one load, with no
 * false answer and nothing cleared between sentences. Most patterns tried end here: a word one
 * of their slots needs is absent from the sentence.
 */
final class WordsPresent {
    private static final ThreadLocal<WordsPresent> OF_THREAD = ThreadLocal.withInitial(WordsPresent::new);

    private int[] sentenceOf = new int[0]; // by vocabulary id
    private int sentence;

    private WordsPresent() {
    }

    /** The thread's marks, now of the words with ids[from, to); what was marked before is forgotten. */
    static WordsPresent mark(int[] ids, int from, int to) {
        WordsPresent p = OF_THREAD.get();
        if (++p.sentence == Integer.MAX_VALUE) {
            Arrays.fill(p.sentenceOf, 0); // numbers start over: none may match an old mark
            p.sentence = 1;
        }
        for (int k = from; k < to; k++) {
            int id = ids[k];
            if (id >= p.sentenceOf.length) {
                p.sentenceOf = Arrays.copyOf(p.sentenceOf, Math.max(id + 1, 2 * p.sentenceOf.length));
            }
            if (id >= 0) {
                p.sentenceOf[id] = p.sentence;
            }
        }
        return p;
    }

    /** Whether the word of the id occurs in the sentence marked last. */
    boolean has(int id) {
        return id < sentenceOf.length && sentenceOf[id] == sentence;
    }
}
