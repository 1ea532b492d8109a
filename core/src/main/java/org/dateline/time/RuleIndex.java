package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;

/**
 * Which rules can start a match with the next few characters of the text, so that the
 * tagger tries at each word start only the rules that may match there instead of running
 * every rule over the whole text. Worked out from the patterns themselves: a rule can start
 * with "the" when matching the text "the" succeeds or runs out of input
 * ({@link Matcher#hitEnd()}). Answers are cached by prefix: three characters first, and when
 * many rules remain (after "the", "two"), a longer prefix narrows them down.
 */
final class RuleIndex {
    private static final int SHORT = 3;
    private static final int LONG = 8;
    private static final int FEW = 3;
    private static final int MAX_CACHED = 100_000;

    private final List<Rule> rules;
    private final int[] all;
    private final Map<String, int[]> shortCache = new ConcurrentHashMap<>();
    private final Map<String, int[]> longCache = new ConcurrentHashMap<>();

    RuleIndex(List<Rule> rules) {
        this.rules = rules;
        this.all = new int[rules.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
    }

    /** The indexes (into the rule list, in order) of the rules that may match at {@code at}. */
    int[] startingAt(String text, int at) {
        int[] found = lookup(shortCache, text.substring(at, Math.min(text.length(), at + SHORT)), all);
        if (found.length <= FEW || at + SHORT >= text.length()) {
            return found;
        }
        return lookup(longCache, text.substring(at, Math.min(text.length(), at + LONG)), found);
    }

    private int[] lookup(Map<String, int[]> cache, String prefix, int[] among) {
        int[] found = cache.get(prefix);
        if (found == null) {
            found = probe(prefix, among);
            if (cache.size() < MAX_CACHED) {
                cache.put(prefix, found);
            }
        }
        return found;
    }

    private int[] probe(String prefix, int[] among) {
        List<Integer> found = new ArrayList<>();
        for (int i : among) {
            Matcher m = rules.get(i).pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
