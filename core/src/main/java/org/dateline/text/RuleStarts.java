package org.dateline.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which kinds of rules could match somewhere in a paragraph, found in one pass over its
 * characters by a table-driven automaton, before any paragraph is lower-cased or matcher run.
 * Each kind is known by the literal prefixes its rules start with ({@link LiteralPrefixes}); a
 * kind is reported when, at a word start of the lower-cased text, the text starts with one of
 * them, which is exactly when {@link AlternativesByPrefix#indexAt} would give it a pattern to try
 * there. So a kind left out of the answer cannot match, and its rules need not run at all; a kind
 * in it may or may not match. An anchored kind is only looked for at the paragraph's start.
 *
 * <p>The automaton is built once from the prefixes: its states are the sets of prefix-tree nodes
 * that the text read so far leaves open, and each character costs one table look-up. The same
 * look-up also tells kinds that only need some character somewhere in the text ({@link
 * CharacterKind}: a digit, for rules about dates), at no extra cost.
 *
 * <p>Each look-up needs the state the one before gave, so a long paragraph is read as two halves
 * side by side, whose look-ups do not wait for each other: a prefix is at most {@link #longest}
 * characters long, so the state in the middle of a text depends on the characters just before it
 * only (see {@link #scan}).
 */
final class RuleStarts {
    /** The kinds of rules and where they may start. */
    record Kind(int bit, Set<String> prefixes, boolean anchored) {
        /** {@code prefixes} null: some rule of the kind may start with anything. */
        Kind {
            if (Integer.bitCount(bit) != 1) {
                throw new IllegalArgumentException("one bit per kind");
            }
        }
    }

    /**
     * A kind reported when the text, lower-cased, holds one of some ASCII characters anywhere;
     * for rules that cannot match without one of them.
     */
    record CharacterKind(int bit, String asciiCharacters) {
        CharacterKind {
            if (Integer.bitCount(bit) != 1 || asciiCharacters.chars().anyMatch(c -> c >= 128)) {
                throw new IllegalArgumentException("one bit per kind, ASCII characters");
            }
        }
    }

    /** Every kind: the answer when the text holds a character lower-cased in context. */
    private final int all;
    /** Kinds that may start with anything, reported for every text. */
    private final int open;
    /** Class of a character that is not in any prefix: not a letter or digit, or one. */
    private static final int OTHER = 0;
    private static final int WORD = 1;
    private final int[] asciiClass = new int[128];
    /** The non-ASCII characters of the prefixes, sorted, and their classes. */
    private final char[] otherChars;
    private final int[] otherClasses;
    private final int classes;
    /**
     * The transitions, at {@code state * classes + class}: the next state, as the index of its
     * own transitions (no multiplication in the loop), and the kinds whose prefix the text
     * completes by this step or whose character it reads.
     */
    private final int[] next;
    private final int[] completes;
    private final int stateCount;
    /** Whether a character of each class is a letter or digit: no word starts after it. */
    private final boolean[] wordClass;
    /** The state inside a word that no prefix has begun, and the one where a word may start. */
    private final int inWord;
    private final int atWordStart;
    /** The longest prefix, in characters. */
    private final int longest;
    /** A text shorter than this is read in one go: two halves would gain nothing. */
    static final int TWO_HALVES_MIN = 64;
    /** What {@link #classOf} gives for a character that is lower-cased in context. */
    private static final int IN_CONTEXT = -1;

    /** A prefix tree node: its children by character and the kinds whose prefix ends there. */
    private static final class Node {
        final Map<Character, Node> children = new TreeMap<>();
        int kinds;
        final int id;

        Node(int id) {
            this.id = id;
        }
    }

    RuleStarts(List<Kind> kinds) {
        this(kinds, List.of());
    }

    RuleStarts(List<Kind> kinds, List<CharacterKind> characterKinds) {
        int allBits = 0;
        int openBits = 0;
        List<Node> nodes = new ArrayList<>();
        Node root = newNode(nodes);
        Node anchoredRoot = newNode(nodes);
        TreeSet<Character> prefixChars = new TreeSet<>();
        for (Kind kind : kinds) {
            allBits |= kind.bit();
            if (kind.prefixes() == null) {
                openBits |= kind.bit();
                continue;
            }
            for (String prefix : kind.prefixes()) {
                Node node = kind.anchored() ? anchoredRoot : root;
                for (int i = 0; i < prefix.length(); i++) {
                    prefixChars.add(prefix.charAt(i));
                    node = node.children.computeIfAbsent(prefix.charAt(i), c -> newNode(nodes));
                }
                node.kinds |= kind.bit();
            }
        }
        // A character some kind looks for gets a class of its own, whose steps report the kind.
        Map<Character, Integer> marks = new HashMap<>();
        for (CharacterKind kind : characterKinds) {
            allBits |= kind.bit();
            for (char c : kind.asciiCharacters().toCharArray()) {
                prefixChars.add(c);
                marks.merge(c, kind.bit(), (a, b) -> a | b);
            }
        }
        all = allBits;
        open = openBits;

        // Classes: OTHER, WORD, then one per character of the prefixes.
        char[] classChars = new char[prefixChars.size() + 2];
        int cls = 2;
        List<Character> others = new ArrayList<>();
        for (char c : prefixChars) {
            classChars[cls++] = c;
            if (c >= 128) {
                others.add(c);
            }
        }
        classes = cls;
        for (char c = 0; c < 128; c++) {
            asciiClass[c] = classOf(Ascii.lowerAscii(c), classChars);
        }
        otherChars = new char[others.size()];
        otherClasses = new int[others.size()];
        for (int i = 0; i < others.size(); i++) {
            otherChars[i] = others.get(i);
            otherClasses[i] = classOf(others.get(i), classChars);
        }

        wordClass = new boolean[classes];
        Map<Character, Integer> classOfChar = new HashMap<>();
        for (int c = 0; c < classes; c++) {
            wordClass[c] = c == WORD || c >= 2 && Ascii.isLetterOrDigit(classChars[c]);
            if (c >= 2) {
                classOfChar.put(classChars[c], c);
            }
        }

        // States: the sets of open nodes; the first is the paragraph's start. A character that no
        // open node continues with leads inside a word (no node open) or to a word start (the root).
        States states = new States(nodes);
        states.idOf(ids(anchoredRoot, root));
        int inWordState = states.idOf(ids());
        int atWordStartState = states.idOf(ids(root));
        List<int[]> rows = new ArrayList<>();
        for (int s = 0; s < states.sets.size(); s++) {
            int[] row = new int[classes];
            for (int c = 0; c < classes; c++) {
                row[c] = wordClass[c] ? inWordState : atWordStartState;
            }
            Map<Integer, BitSet> continued = new TreeMap<>();
            BitSet open = states.sets.get(s);
            for (int n = open.nextSetBit(0); n >= 0; n = open.nextSetBit(n + 1)) {
                nodes.get(n).children.forEach((c, child) -> continued
                        .computeIfAbsent(classOfChar.get(c), k -> wordClass[k] ? ids() : ids(root)).set(child.id));
            }
            continued.forEach((c, after) -> row[c] = states.idOf(after));
            rows.add(row);
        }
        next = new int[rows.size() * classes];
        completes = new int[rows.size() * classes];
        for (int s = 0; s < rows.size(); s++) {
            for (int c = 0; c < classes; c++) {
                int to = rows.get(s)[c];
                next[s * classes + c] = to * classes;
                completes[s * classes + c] = states.kinds.get(to) | (c >= 2 ? marks.getOrDefault(classChars[c], 0) : 0);
            }
        }
        stateCount = states.sets.size();
        inWord = inWordState * classes;
        atWordStart = atWordStartState * classes;
        longest = kinds.stream().filter(k -> k.prefixes() != null).flatMap(k -> k.prefixes().stream())
                .mapToInt(String::length).max().orElse(1);
    }

    /** The set of the nodes' ids. */
    private static BitSet ids(Node... open) {
        BitSet out = new BitSet();
        for (Node n : open) {
            out.set(n.id);
        }
        return out;
    }

    /** The automaton's states while it is built: the sets of open nodes, numbered as met. */
    private static final class States {
        final List<BitSet> sets = new ArrayList<>();
        /** The kinds whose prefix ends at one of a state's nodes. */
        final List<Integer> kinds = new ArrayList<>();
        private final Map<BitSet, Integer> ids = new HashMap<>();
        private final List<Node> nodes;

        States(List<Node> nodes) {
            this.nodes = nodes;
        }

        /** The number of the state of these open nodes, a new one when not met before. */
        int idOf(BitSet open) {
            Integer id = ids.get(open);
            if (id == null) {
                id = sets.size();
                ids.put(open, id);
                sets.add(open);
                int ending = 0;
                for (int n = open.nextSetBit(0); n >= 0; n = open.nextSetBit(n + 1)) {
                    ending |= nodes.get(n).kinds;
                }
                kinds.add(ending);
            }
            return id;
        }
    }

    private static Node newNode(List<Node> nodes) {
        Node n = new Node(nodes.size());
        nodes.add(n);
        return n;
    }

    private static int classOf(char lower, char[] classChars) {
        for (int k = 2; k < classChars.length; k++) {
            if (classChars[k] == lower) {
                return k;
            }
        }
        return Ascii.isLetterOrDigit(lower) ? WORD : OTHER;
    }

    /** How many states the automaton has (for tests). */
    int states() {
        return stateCount;
    }

    /**
     * The kinds that may match in {@code text} between {@code from} and {@code to}, as if that
     * part were a string of its own, lower-cased with {@link java.util.Locale#ROOT}.
     */
    int scan(String text, int from, int to) {
        if (to - from < TWO_HALVES_MIN) {
            return open | scan(0, text, from, to); // 0: the start state's transitions
        }
        // The second half looks for the prefixes that start in it: from the middle, where a word
        // starts or not. The first half reads on until all those that start in it have ended.
        int middle = from + (to - from) / 2;
        int before = classOf(text.charAt(middle - 1));
        if (before == IN_CONTEXT) {
            return all;
        }
        int firstEnd = Math.min(to, middle + longest - 1);
        int first = 0;
        int second = wordClass[before] ? inWord : atWordStart;
        int found = open;
        int i = from;
        int j = middle;
        for (; i < firstEnd && j < to; i++, j++) {
            int a = classOf(text.charAt(i));
            int b = classOf(text.charAt(j));
            if ((a | b) < 0) {
                return all;
            }
            found |= completes[first + a] | completes[second + b];
            first = next[first + a];
            second = next[second + b];
        }
        return found | scan(first, text, i, firstEnd) | scan(second, text, j, to);
    }

    /** The kinds found reading from {@code from} to {@code to} in a state (as its transitions' index). */
    private int scan(int state, String text, int from, int to) {
        int found = 0;
        for (int i = from; i < to; i++) {
            int cls = classOf(text.charAt(i));
            if (cls == IN_CONTEXT) {
                return all; // not lower-cased one character for one: let the rules decide
            }
            found |= completes[state + cls];
            state = next[state + cls];
        }
        return found;
    }

    /** The class of a character once lower-cased, or {@link #IN_CONTEXT}. */
    private int classOf(char c) {
        if (c < 128) {
            return asciiClass[c];
        }
        return lowersInContext(c) ? IN_CONTEXT : otherClass(Character.toLowerCase(c));
    }

    /**
     * The characters that {@code toLowerCase(Locale.ROOT)} does not turn into one character of
     * their own: capital I with dot (two characters), sigma (final or not by its neighbours) and
     * the halves of a surrogate pair.
     */
    private static boolean lowersInContext(char c) {
        return c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c);
    }

    private int otherClass(char lower) {
        if (lower < 128) {
            return asciiClass[lower];
        }
        int k = Arrays.binarySearch(otherChars, lower);
        if (k >= 0) {
            return otherClasses[k];
        }
        return Ascii.isLetterOrDigit(lower) ? WORD : OTHER;
    }
}
