package org.dateline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of one kind as an alternation, compiled once per character a match can start with
 * ({@link FirstChars}): a position is only tried against the few rules that can match there,
 * instead of running every rule at every word. Matching one of these patterns at a position
 * gives the same answer as matching the alternation of all the rules there.
 */
final class AlternativesByFirstChar {
    /** No pattern: no rule can match at a character. */
    static final int NONE = -1;

    /** The distinct patterns, each for one set of rules. */
    private final List<Pattern> patterns = new ArrayList<>();
    /** Index into {@link #patterns} by character; {@link #NONE} when no rule starts with it. */
    private final int[] byAsciiChar = new int[128];
    private final Map<Character, Integer> byOtherChar = new HashMap<>();
    /** The pattern of the rules that can start with any character, or {@link #NONE}. */
    private final int anyChar;

    /** The alternatives, each compiled as {@code before + (?:a|b|...) + after}. */
    AlternativesByFirstChar(List<String> alternatives, String before, String after) {
        List<FirstChars> first = alternatives.stream().map(FirstChars::of).toList();
        Map<List<String>, Integer> indexOfRules = new LinkedHashMap<>();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if (first.get(i).any()) {
                open.add(alternatives.get(i));
            }
        }
        anyChar = open.isEmpty() ? NONE : indexOf(open, indexOfRules, before, after);
        java.util.Arrays.fill(byAsciiChar, anyChar);
        for (FirstChars f : first) {
            for (char c : f.chars()) {
                List<String> rules = new ArrayList<>();
                for (int i = 0; i < alternatives.size(); i++) {
                    if (first.get(i).contains(c)) {
                        rules.add(alternatives.get(i));
                    }
                }
                int index = indexOf(rules, indexOfRules, before, after);
                if (c < 128) {
                    byAsciiChar[c] = index;
                } else {
                    byOtherChar.put(c, index);
                }
            }
        }
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

    /** The index of the pattern to try where the text has {@code c}, or {@link #NONE}. */
    int indexAt(char c) {
        if (c < 128) {
            return byAsciiChar[c];
        }
        Integer index = byOtherChar.get(c);
        return index == null ? anyChar : index;
    }

    Pattern pattern(int index) {
        return patterns.get(index);
    }

    /** The pattern to try where the text has {@code c}, or null when no rule can match there. */
    Pattern at(char c) {
        int index = indexAt(c);
        return index == NONE ? null : patterns.get(index);
    }
}
