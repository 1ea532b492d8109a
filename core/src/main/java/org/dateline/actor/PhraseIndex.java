package org.dateline.actor;

import java.util.ArrayList;
import java.util.BitSet;
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
    private record Entry<T>(List<String> words, List<String> norms, int[] cases, T value) {
    }

    private static final int ANY_CASE = 0;
    private static final int CAPITALISED = 1;
    private static final int AS_WRITTEN = 2;

    // Names by first word, then longer ones by second word, each list longest first: "Russian"
    // starts some 180 names, of which the next token leaves a handful to try. One lookup per token.
    private static final class First<T> {
        final Map<String, List<Entry<T>>> bySecond = new HashMap<>();
        final List<Entry<T>> single = new ArrayList<>();
    }

    private final Map<String, First<T>> byFirst = new HashMap<>();
    // The first words' hash codes folded into a few hundred bytes that stay in the processor's
    // cache: most tokens start no name and are turned away here without touching the large map.
    private final BitSet firstHashes = new BitSet(HASH_BITS);
    private static final int HASH_BITS = 1 << 14;

    /** Adds a name; a later entry for the same words replaces the earlier one. */
    void add(String phrase, T value) {
        List<String> words = Tokenizer.tokenize(phrase).stream().map(Token::text).toList();
        if (words.isEmpty()) {
            return;
        }
        int[] cases = words.stream().mapToInt(PhraseIndex::caseOf).toArray();
        Entry<T> entry = new Entry<>(words, words.stream().map(Token::normalize).toList(), cases, value);
        First<T> first = byFirst.computeIfAbsent(entry.norms().get(0), k -> new First<>());
        firstHashes.set(entry.norms().get(0).hashCode() & (HASH_BITS - 1));
        List<Entry<T>> narrow = words.size() == 1 ? first.single
                : first.bySecond.computeIfAbsent(entry.norms().get(1), k -> new ArrayList<>());
        narrow.removeIf(e -> e.words().equals(words));
        narrow.add(entry);
        narrow.sort((a, b) -> b.words().size() - a.words().size());
    }

    /** The longest name starting at token i: its length in tokens and value, or null. */
    Match<T> longestAt(List<Token> tokens, int i) {
        String norm = tokens.get(i).norm();
        First<T> first = firstHashes.get(norm.hashCode() & (HASH_BITS - 1)) ? byFirst.get(norm) : null;
        if (first == null) {
            return null;
        }
        // longer names first: those whose second word is the next token's, then one-word ones
        List<Entry<T>> longer = first.bySecond.isEmpty() || i + 1 == tokens.size() ? null
                : first.bySecond.get(tokens.get(i + 1).norm());
        if (longer != null) {
            for (Entry<T> e : longer) {
                if (matches(e, tokens, i, 2)) {
                    return new Match<>(e.words().size(), e.value());
                }
            }
        }
        for (Entry<T> e : first.single) {
            if (matches(e, tokens, i, 1)) {
                return new Match<>(e.words().size(), e.value());
            }
        }
        return null;
    }

    record Match<T>(int length, T value) {
    }

    // Whether the name is at token i, whose first `looked` words the lookup has already compared.
    private static <T> boolean matches(Entry<T> e, List<Token> tokens, int i, int looked) {
        List<String> words = e.words();
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            Token t = tokens.get(i + k);
            String w = words.get(k);
            if (k >= looked && !t.norm().equals(e.norms().get(k)) || !caseFits(e.cases()[k], w, t.text())) {
                return false;
            }
        }
        return true;
    }

    private static int caseOf(String rule) {
        if (!Character.isUpperCase(rule.charAt(0))) {
            return ANY_CASE;
        }
        boolean allCaps = rule.length() > 1 && rule.equals(rule.toUpperCase(java.util.Locale.ROOT))
                && rule.chars().anyMatch(Character::isLetter);
        return allCaps ? AS_WRITTEN : CAPITALISED;
    }

    private static boolean caseFits(int kind, String rule, String text) {
        return switch (kind) {
            case ANY_CASE -> true;
            case AS_WRITTEN -> text.equals(rule) || text.replace('’', '\'').equals(rule);
            default -> Character.isUpperCase(text.charAt(0));
        };
    }
}
