package org.dateline.text;

import java.util.ArrayList;
import java.util.HashMap;
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
    private final Pattern[] byAsciiChar = new Pattern[128];
    private final Map<Character, Pattern> byOtherChar = new HashMap<>();
    /** The rules that can start with any character; null when there are none. */
    private final Pattern anyChar;

    /** The alternatives, each compiled as {@code before + (?:a|b|...) + after}. */
    AlternativesByFirstChar(List<String> alternatives, String before, String after) {
        List<FirstChars> first = alternatives.stream().map(FirstChars::of).toList();
        List<String> open = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            if (first.get(i).any()) {
                open.add(alternatives.get(i));
            }
        }
        anyChar = open.isEmpty() ? null : compile(open, before, after);
        Map<List<String>, Pattern> compiled = new HashMap<>();
        for (FirstChars f : first) {
            for (char c : f.chars()) {
                if (c < 128 ? byAsciiChar[c] != null : byOtherChar.containsKey(c)) {
                    continue;
                }
                List<String> bucket = new ArrayList<>();
                for (int i = 0; i < alternatives.size(); i++) {
                    if (first.get(i).contains(c)) {
                        bucket.add(alternatives.get(i));
                    }
                }
                Pattern p = compiled.computeIfAbsent(bucket, b -> compile(b, before, after));
                if (c < 128) {
                    byAsciiChar[c] = p;
                } else {
                    byOtherChar.put(c, p);
                }
            }
        }
    }

    /** The pattern to try where the text has {@code c}, or null when no rule can match there. */
    Pattern at(char c) {
        Pattern p = c < 128 ? byAsciiChar[c] : byOtherChar.get(c);
        return p != null ? p : anyChar;
    }

    private static Pattern compile(List<String> alternatives, String before, String after) {
        return Pattern.compile(before + "(?:" + String.join("|", alternatives) + ")" + after);
    }
}
