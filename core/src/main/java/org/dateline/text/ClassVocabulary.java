package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * The words of class, id, role and aria-label attributes that mark boilerplate ("drop") or the
 * article's own container ("keep"), read from {@code boilerplate-classes.txt}.
 */
final class ClassVocabulary {
    static final String RESOURCE = "boilerplate-classes.txt";
    private static final ClassVocabulary DEFAULT = new ClassVocabulary(RuleLines.read(RESOURCE));

    /** What a set of attribute words says about its element. */
    enum Verdict { NONE, DROP, KEEP }

    // Rules indexed by their first word: an element's words are looked up, not scanned.
    private final Map<String, List<String[]>> drop = new HashMap<>();
    private final Map<String, List<String[]>> keep = new HashMap<>();

    ClassVocabulary(List<RuleLines.Line> lines) {
        for (RuleLines.Line line : lines) {
            String[] words = line.body().split("\\s+");
            for (String w : words) {
                if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    throw line.error("words must be lower-case letters: \"" + w + "\"");
                }
            }
            switch (line.kind()) {
                case "drop" -> drop.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
                case "keep" -> keep.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
                default -> throw line.error("unknown kind \"" + line.kind() + "\" (drop or keep)");
            }
        }
    }

    static ClassVocabulary standard() {
        return DEFAULT;
    }

    /** The verdict on one or more attribute values (class, id...), joined by spaces. */
    Verdict judge(String attributes) {
        String[] words = words(attributes);
        if (words.length == 0) {
            return Verdict.NONE;
        }
        if (anyMatch(keep, words)) {
            return Verdict.KEEP;
        }
        return anyMatch(drop, words) ? Verdict.DROP : Verdict.NONE;
    }

    boolean drops(String attributes) {
        return judge(attributes) == Verdict.DROP;
    }

    private static boolean anyMatch(Map<String, List<String[]>> rules, String[] words) {
        for (int start = 0; start < words.length; start++) {
            List<String[]> candidates = rules.get(words[start]);
            if (candidates == null) {
                continue;
            }
            for (String[] rule : candidates) {
                int k = 1;
                while (k < rule.length && start + k < words.length && rule[k].equals(words[start + k])) {
                    k++;
                }
                if (k == rule.length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "mostRead-box2 article_tools" becomes [most, read, box, article, tools]. */
    static String[] words(String attributes) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char previous = ' ';
        for (int i = 0; i < attributes.length(); i++) {
            char c = attributes.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous) && word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            previous = c;
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out.toArray(new String[0]);
    }

    /** For tests: every rule line with its example. */
    static List<RuleLines.Line> lines() {
        return RuleLines.read(RESOURCE);
    }

}
