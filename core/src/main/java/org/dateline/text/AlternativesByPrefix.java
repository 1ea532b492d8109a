package org.dateline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of one kind as an alternation, compiled once per character a match can start with
 * and guarded by the literal prefixes the rules start with ({@link LiteralPrefixes}): a position
 * is only tried against the few rules that can match there, and only when the text there starts
 * like one of them, instead of running every rule at every word. Matching the pattern returned
 * for a position gives the same answer as matching the alternation of all the rules there.
 */
final class AlternativesByPrefix {
    /** No pattern: no rule can match at a position. */
    static final int NONE = -1;

    /**
     * The rules that can start with one character: their pattern, and the prefixes one of which
     * the text must start with (null when some rule may start with anything: always try).
     */
    private record Bucket(int pattern, PrefixSet prefixes) {
    }

    /** The distinct patterns, each for one set of rules. */
    private final List<Pattern> patterns = new ArrayList<>();
    private final Bucket[] byAsciiChar = new Bucket[128];
    private final Map<Character, Bucket> byOtherChar = new HashMap<>();
    /** The rules that may start with anything, for the other characters; null when there are none. */
    private final Bucket anyChar;
    /**
     * The pairs of ASCII characters a match can start with (all pairs for a one-character prefix),
     * as bits {@code first << 7 | second}: most word starts are turned down with one look-up.
     * Null when some rule may start with anything.
     */
    private final BitSet firstTwo;
    /** Every rule's prefixes; null when some rule may start with anything. */
    private final Set<String> allPrefixes;

    /** The alternatives, each compiled as {@code before + (?:a|b|...) + after}. */
    AlternativesByPrefix(List<String> alternatives, String before, String after) {
        List<LiteralPrefixes> prefixes = alternatives.stream().map(LiteralPrefixes::of).toList();
        Map<List<String>, Integer> indexOfRules = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if (prefixes.get(i).any()) {
                open.add(alternatives.get(i));
            }
        }
        anyChar = open.isEmpty() ? null : new Bucket(indexOf(open, indexOfRules, before, after), null);
        Arrays.fill(byAsciiChar, anyChar);
        Set<Character> firstChars = new TreeSet<>();
        prefixes.forEach(ofRule -> ofRule.strings().forEach(prefix -> firstChars.add(prefix.charAt(0))));
        for (char c : firstChars) {
            List<String> rules = new ArrayList<>(open);
            List<String> starts = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                List<String> own = prefixes.get(i).strings().stream().filter(p -> p.charAt(0) == c).toList();
                if (!own.isEmpty()) {
                    rules.add(alternatives.get(i));
                    starts.addAll(own);
                }
            }
            Bucket bucket = new Bucket(indexOf(rules, indexOfRules, before, after),
                    open.isEmpty() ? new PrefixSet(starts) : null);
            if (c < 128) {
                byAsciiChar[c] = bucket;
            } else {
                byOtherChar.put(c, bucket);
            }
        }
        firstTwo = anyChar == null ? firstTwo(prefixes) : null;
        allPrefixes = anyChar == null ? Set.copyOf(prefixes.stream().flatMap(p -> p.strings().stream()).toList()) : null;
    }

    /**
     * The literal prefixes of all the rules: {@link #indexAt} gives a pattern exactly where the
     * text starts with one of them. Null when some rule may start with anything (a pattern everywhere).
     */
    Set<String> prefixes() {
        return allPrefixes;
    }

    private static BitSet firstTwo(List<LiteralPrefixes> prefixes) {
        BitSet out = new BitSet(128 * 128);
        for (LiteralPrefixes ofRule : prefixes) {
            for (String prefix : ofRule.strings()) {
                char first = prefix.charAt(0);
                if (first >= 128) {
                    continue; // never looked up: such a start is not turned down by the table
                }
                if (prefix.length() == 1) {
                    out.set(first << 7, (first + 1) << 7);
                } else if (prefix.charAt(1) < 128) {
                    out.set(first << 7 | prefix.charAt(1));
                }
            }
        }
        return out;
    }

    private int indexOf(List<String> rules, Map<List<String>, Integer> indexOfRules, String before, String after) {
        return indexOfRules.computeIfAbsent(rules, r -> {
            patterns.add(Pattern.compile(before + "(?:" + String.join("|", r) + ")" + after));
            return patterns.size() - 1;
        });
    }

    /** How many distinct patterns there are (for an array of matchers indexed like them). */
    int size() {
        return patterns.size();
    }

    /** The index of the pattern to try at position {@code i} of the text, or {@link #NONE}. */
    int indexAt(String text, int i) {
        char c = text.charAt(i);
        if (firstTwo != null && c < 128 && i + 1 < text.length()) {
            char next = text.charAt(i + 1);
            if (next < 128 && !firstTwo.get(c << 7 | next)) {
                return NONE;
            }
        }
        Bucket bucket = c < 128 ? byAsciiChar[c] : byOtherChar.getOrDefault(c, anyChar);
        if (bucket == null) {
            return NONE;
        }
        if (bucket.prefixes() == null) {
            return bucket.pattern();
        }
        return bucket.prefixes().startsAt(text, i) ? bucket.pattern() : NONE;
    }

    Pattern pattern(int index) {
        return patterns.get(index);
    }

    /** The pattern to try at position {@code i} of the text, or null when no rule can match there. */
    Pattern patternAt(String text, int i) {
        int index = indexAt(text, i);
        return index == NONE ? null : patterns.get(index);
    }
}
