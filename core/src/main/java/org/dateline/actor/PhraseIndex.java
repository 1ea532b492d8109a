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

    // The names as a tree of their words' ids: a token's id leads to the node of the names going
    // on with it, so only the names whose words all follow at a position are ever looked at
    // ("Russia 's" starts dozens of names, one per role noun; the third token leaves one or none). Each node holds
    // the names ending there, in the order added.
    private static final class Node<T> {
        int[] keys = new int[0]; // the next word's id, ascending: a binary search per token
        Node<?>[] children = new Node<?>[0]; // by the index of their key: arrays, read with no cast or check
        Entry<?>[] ending = new Entry<?>[0];

        @SuppressWarnings("unchecked") // only Node<T> is ever added
        Node<T> child(int id) {
            int k = Arrays.binarySearch(keys, id);
            return k < 0 ? null : (Node<T>) children[k];
        }

        Node<T> addChild(int id) {
            Node<T> found = child(id);
            if (found != null) {
                return found;
            }
            int at = -Arrays.binarySearch(keys, id) - 1;
            keys = inserted(keys, at, id);
            Node<?>[] grown = new Node<?>[children.length + 1];
            System.arraycopy(children, 0, grown, 0, at);
            grown[at] = new Node<T>();
            System.arraycopy(children, at, grown, at + 1, children.length - at);
            children = grown;
            return child(id);
        }

        // Replaces an entry for the same words, else adds it last.
        void end(Entry<T> entry) {
            List<Entry<?>> kept = new ArrayList<>(Arrays.asList(ending));
            kept.removeIf(e -> Arrays.equals(e.words(), entry.words()));
            kept.add(entry);
            ending = kept.toArray(new Entry<?>[0]);
        }

        private static int[] inserted(int[] keys, int at, int id) {
            int[] grown = new int[keys.length + 1];
            System.arraycopy(keys, 0, grown, 0, at);
            grown[at] = id;
            System.arraycopy(keys, at, grown, at + 1, keys.length - at);
            return grown;
        }
    }

    // the first words' nodes by vocabulary id; null where no name starts with that word
    private Node<T>[] byFirst = newNodes(0);

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
            byFirst[ids[0]] = new Node<>();
        }
        Node<T> node = byFirst[ids[0]];
        for (int k = 1; k < ids.length; k++) {
            node = node.addChild(ids[k]);
        }
        node.end(entry);
    }

    @SuppressWarnings("unchecked")
    private static <T> Node<T>[] newNodes(int size) {
        return new Node[size];
    }

    /**
     * The longest name starting at token i that ends before token {@code to}, or null. {@code ids}
     * are the tokens' {@link Vocabulary} ids.
     */
    Entry<T> longestAt(List<Token> tokens, int[] ids, int i, int to) {
        int id = ids[i];
        Node<T> first = id >= 0 && id < byFirst.length ? byFirst[id] : null;
        return first == null ? null : longest(first, tokens, ids, i, i + 1, to);
    }

    // The longest name through node (its words are tokens [i, k)) whose case fits the tokens:
    // one going on with token k first, else one ending here.
    private static <T> Entry<T> longest(Node<T> node, List<Token> tokens, int[] ids, int i, int k, int to) {
        if (k < to && ids[k] >= 0 && node.keys.length > 0) { // a word no rule names goes on no name
            Node<T> next = node.child(ids[k]);
            Entry<T> longer = next == null ? null : longest(next, tokens, ids, i, k + 1, to);
            if (longer != null) {
                return longer;
            }
        }
        for (Entry<?> e : node.ending) {
            if (caseFits(e, tokens, i)) {
                @SuppressWarnings("unchecked") // only Entry<T> is ever added to a Node<T>
                Entry<T> fits = (Entry<T>) e;
                return fits;
            }
        }
        return null;
    }

    // Whether the tokens from i are written in the case each word of the name asks for.
    private static boolean caseFits(Entry<?> e, List<Token> tokens, int i) {
        for (int k = 0; k < e.length(); k++) {
            if (!caseFits(e.cases()[k], e.words()[k], tokens.get(i + k).text())) {
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
