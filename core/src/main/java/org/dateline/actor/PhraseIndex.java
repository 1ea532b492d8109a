package org.dateline.actor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;

/**
 * Multi-word names looked up over tokens, longest first. A name word written with a capital
 * matches only a capitalised word, an all-capitals one ("US", "UN") only as written, a
 * lower-case one ("forces") in any case. Words are compared by their {@link Vocabulary} ids,
 * looked up once per text: no string is hashed or compared here but to check case.
 */
final class PhraseIndex<T> {
    /** A name: its words as written, their ids and what case each asks for, and its value. */
    record Entry<T>(String[] words, int[] ids, int[] cases, T value) {
        /** Its length in tokens. */
        int length() {
            return ids.length;
        }
    }

    private static final int ANY_CASE = 0;
    private static final int CAPITALISED = 1;
    private static final int AS_WRITTEN = 2;

    // Names by first word, then longer ones by second word, each list longest first: "Russian"
    // starts some 180 names, of which the next token leaves a handful to try.
    private static final class First<T> {
        // second words' ids in ascending order, with the names of each: a binary search per token
        int[] seconds = new int[0];
        List<List<Entry<T>>> bySecond = new ArrayList<>();
        final List<Entry<T>> single = new ArrayList<>();

        List<Entry<T>> second(int id) {
            int k = Arrays.binarySearch(seconds, id);
            return k < 0 ? null : bySecond.get(k);
        }

        List<Entry<T>> addSecond(int id) {
            int k = Arrays.binarySearch(seconds, id);
            if (k >= 0) {
                return bySecond.get(k);
            }
            int at = -k - 1;
            int[] grown = new int[seconds.length + 1];
            System.arraycopy(seconds, 0, grown, 0, at);
            grown[at] = id;
            System.arraycopy(seconds, at, grown, at + 1, seconds.length - at);
            seconds = grown;
            bySecond.add(at, new ArrayList<>());
            return bySecond.get(at);
        }
    }

    // by the vocabulary id of the first word; null where no name starts with that word
    private First<T>[] byFirst = newFirsts(0);

    /** Adds a name; a later entry for the same words replaces the earlier one. */
    void add(String phrase, T value) {
        String[] words = Tokenizer.tokenize(phrase).stream().map(Token::text).toArray(String[]::new);
        if (words.length == 0) {
            return;
        }
        int[] cases = Arrays.stream(words).mapToInt(PhraseIndex::caseOf).toArray();
        int[] ids = Arrays.stream(words).map(Token::normalize).mapToInt(Vocabulary::add).toArray();
        Entry<T> entry = new Entry<>(words, ids, cases, value);
        if (ids[0] >= byFirst.length) {
            byFirst = Arrays.copyOf(byFirst, Math.max(ids[0] + 1, byFirst.length * 2));
        }
        if (byFirst[ids[0]] == null) {
            byFirst[ids[0]] = new First<>();
        }
        First<T> first = byFirst[ids[0]];
        List<Entry<T>> narrow = words.length == 1 ? first.single : first.addSecond(ids[1]);
        narrow.removeIf(e -> Arrays.equals(e.words(), words));
        narrow.add(entry);
        narrow.sort((a, b) -> b.length() - a.length());
    }

    @SuppressWarnings("unchecked")
    private static <T> First<T>[] newFirsts(int size) {
        return new First[size];
    }

    /**
     * The longest name starting at token i that ends before token {@code to}, or null. {@code ids}
     * are the tokens' {@link Vocabulary} ids.
     */
    Entry<T> longestAt(List<Token> tokens, int[] ids, int i, int to) {
        int id = ids[i];
        First<T> first = id >= 0 && id < byFirst.length ? byFirst[id] : null;
        if (first == null) {
            return null;
        }
        // longer names first: those whose second word is the next token's, then one-word ones
        List<Entry<T>> longer = first.seconds.length == 0 || i + 1 == to || ids[i + 1] < 0 ? null
                : first.second(ids[i + 1]); // a word no rule names is no name's second word
        if (longer != null) {
            for (Entry<T> e : longer) {
                if (matches(e, tokens, ids, i, to, 2)) {
                    return e;
                }
            }
        }
        for (Entry<T> e : first.single) {
            if (matches(e, tokens, ids, i, to, 1)) {
                return e;
            }
        }
        return null;
    }

    // Whether the name is at token i, whose first `looked` words the lookup has already compared.
    private static <T> boolean matches(Entry<T> e, List<Token> tokens, int[] ids, int i, int to, int looked) {
        int[] words = e.ids();
        if (i + words.length > to) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (k >= looked && ids[i + k] != words[k]
                    || !caseFits(e.cases()[k], e.words()[k], tokens.get(i + k).text())) {
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
