package org.dateline.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.Token;

/**
 * The phrases that stand for the last group of actors ("both sides", "the two presidents";
 * group-phrases.txt), found in a sentence in one pass by their first word: the reading rules ask
 * at each token of their scans whether one starts or ends there.
 */
final class GroupPhrases {
    /** Bits of {@link #in}: a phrase starts at the token, one ends at it. */
    static final byte STARTS = 1;
    static final byte ENDS = 2;

    private final Map<String, List<List<String>>> byFirst = new HashMap<>();

    /** The phrases, each as its words' normal forms. */
    GroupPhrases(List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (!p.isEmpty()) {
                byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(List.copyOf(p));
            }
        }
    }

    /** For each token of [from, to): STARTS and/or ENDS when a phrase wholly within [from, to) starts or ends there. */
    byte[] in(List<Token> tokens, int from, int to) {
        byte[] out = new byte[to - from];
        for (int i = from; i < to; i++) {
            List<List<String>> starting = byFirst.get(tokens.get(i).norm());
            if (starting == null) {
                continue;
            }
            for (List<String> p : starting) {
                if (occursAt(p, tokens, i, to)) {
                    out[i - from] |= STARTS;
                    out[i + p.size() - 1 - from] |= ENDS;
                }
            }
        }
        return out;
    }

    private static boolean occursAt(List<String> phrase, List<Token> tokens, int i, int to) {
        if (i + phrase.size() > to) {
            return false;
        }
        for (int k = 1; k < phrase.size(); k++) {
            if (!tokens.get(i + k).norm().equals(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }
}
