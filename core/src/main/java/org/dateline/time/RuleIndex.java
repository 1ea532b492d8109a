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
 * ({@link Matcher#hitEnd()}). Answers are cached by prefix.
 */
final class RuleIndex {
    private static final int PREFIX = 3;
    private static final int MAX_CACHED = 100_000;

    private final List<Rule> rules;
    private final Map<String, int[]> cache = new ConcurrentHashMap<>();

    RuleIndex(List<Rule> rules) {
        this.rules = rules;
    }

    /** The indexes (into the rule list, in order) of the rules that may match at {@code at}. */
    int[] startingAt(String text, int at) {
        String prefix = text.substring(at, Math.min(text.length(), at + PREFIX));
        int[] found = cache.get(prefix);
        if (found == null) {
            found = probe(prefix);
            if (cache.size() < MAX_CACHED) {
                cache.put(prefix, found);
            }
        }
        return found;
    }

    private int[] probe(String prefix) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            Matcher m = rules.get(i).pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }
}
