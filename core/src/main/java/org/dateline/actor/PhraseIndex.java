package org.dateline.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;

/**
 * Multi-word names looked up over tokens, longest first. A name word written with a capital
 * matches only a capitalised word, an all-capitals one ("US", "UN") only as written, a
 * lower-case one ("forces") in any case.
 */
final class PhraseIndex<T> {
    private record Entry<T>(List<String> words, T value, String[] norms, boolean[] asWritten) {
        // the rule words' normal forms and case kinds, made once rather than at every match
        Entry(List<String> words, T value) {
            this(words, value, words.stream().map(Token::normalize).toArray(String[]::new), writtenAsIs(words));
        }
    }

    private static boolean[] writtenAsIs(List<String> words) {
        boolean[] out = new boolean[words.size()];
        for (int k = 0; k < out.length; k++) {
            String rule = words.get(k);
            out[k] = rule.length() > 1 && rule.equals(rule.toUpperCase(java.util.Locale.ROOT))
                    && rule.chars().anyMatch(Character::isLetter);
        }
        return out;
    }

    private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();

    /** Adds a name; a later entry for the same words replaces the earlier one. */
    void add(String phrase, T value) {
        List<String> words = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        if (words.isEmpty()) {
            return;
        }
        List<Entry<T>> list = byFirst.computeIfAbsent(Token.normalize(words.get(0)), k -> new ArrayList<>());
        list.removeIf(e -> e.words().equals(words));
        list.add(new Entry<>(words, value));
        list.sort((a, b) -> b.words().size() - a.words().size());
    }

    /** The longest name starting at token i: its length in tokens and value, or null. */
    Match<T> longestAt(List<Token> tokens, int i) {
        List<Entry<T>> candidates = byFirst.get(tokens.get(i).norm());
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            if (matches(e.words(), e.norms(), e.asWritten(), tokens, i)) {
                return new Match<>(e.words().size(), e.value());
            }
        }
        return null;
    }

    record Match<T>(int length, T value) {
    }

    private static boolean matches(List<String> words, String[] norms, boolean[] asWritten, List<Token> tokens, int i) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(i + k);
            String w = words.get(k);
            if (!t.norm().equals(norms[k]) || !caseFits(w, asWritten[k], t.text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean caseFits(String rule, boolean asWritten, String text) {
        char first = rule.charAt(0);
        if (!Character.isUpperCase(first)) {
            return true;
        }
        if (asWritten) {
            return text.equals(rule) || text.replace('’', '\'').equals(rule);
        }
        return Character.isUpperCase(text.charAt(0));
    }
}
