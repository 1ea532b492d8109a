package org.dateline.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.text.Vocabulary;

/**
 * The phrases that stand for the last group of actors ("both sides", "the two presidents";
 * group-phrases.txt), found in a sentence in one pass by their first word's vocabulary id: the
 * reading rules ask at each token of their scans whether one starts or ends there.
 */
final class GroupPhrases {
    /** Bits of {@link #in}: a phrase starts at the token, one ends at it. */
    static final byte STARTS = 1;
    static final byte ENDS = 2;

    // the phrases as vocabulary ids, by the id of their first word
    private List<int[]>[] byFirst = newLists(0);

    /** The phrases, each as its words' normal forms. */
    GroupPhrases(List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (p.isEmpty()) {
                continue;
            }
            int[] ids = p.stream().mapToInt(Vocabulary::add).toArray();
            if (ids[0] >= byFirst.length) {
                byFirst = Arrays.copyOf(byFirst, Math.max(ids[0] + 1, byFirst.length * 2));
            }
            if (byFirst[ids[0]] == null) {
                byFirst[ids[0]] = new ArrayList<>();
            }
            byFirst[ids[0]].add(ids);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<int[]>[] newLists(int size) {
        return new List[size];
    }

    /**
     * For each token of [from, to): STARTS and/or ENDS when a phrase wholly within [from, to)
     * starts or ends there; {@code ids} are the vocabulary ids of all the tokens.
     */
    byte[] in(int[] ids, int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) {
            List<int[]> starting = ids[i] >= 0 && ids[i] < byFirst.length ? byFirst[ids[i]] : null;
            if (starting == null) {
                continue;
            }
            for (int[] p : starting) {
                if (occursAt(p, ids, i, to)) {
                    out[i - from] |= STARTS;
                    out[i + p.length - 1 - from] |= ENDS;
                }
            }
        }
        return out;
    }

    private static boolean occursAt(int[] phrase, int[] ids, int i, int to) {
        if (i + phrase.length > to) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            if (ids[i + k] != phrase[k]) {
                return false;
            }
        }
        return true;
    }
}
