package org.dateline.time;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;

/**
 * Which rules can start a match with the next few characters of the text, so that the
 * tagger tries at each word start only the rules that may match there instead of running
 * every rule over the whole text. Worked out from the patterns themselves: a rule can start
 * with "the" when matching the text "the" succeeds or runs out of input
 * ({@link Matcher#hitEnd()}). The answers form a tree of prefixes, one character per level,
 * walked down the text without copying it: a level is added only while some rules
 * remain, and only the rules left at its parent are probed for it, so most words stop
 * after a character or two ("b", "co") and a new word costs few probes.
 */
final class RuleIndex {
    private static final int DEPTH = 8;
    private static final int MAX_NODES = 20_000; // a node with children takes about 600 bytes

    private final List<Rule> rules;
    private final Node root;
    private final AtomicInteger nodes = new AtomicInteger();

    /**
     * The rules that can start with a prefix, and the longer prefixes seen so far, found by
     * their last character: ASCII ones in an array, others (rare) in a map. Children are
     * added without a lock: a reader that misses one works it out again, to the same answer,
     * and a node, its fields final, is safely seen whole.
     */
    private static final class Node {
        final int[] rules;
        final Node[] ascii;
        final Map<Character, Node> others;

        Node(int[] rules, boolean leaf) {
            this.rules = rules;
            this.ascii = leaf || rules.length == 0 ? null : new Node[128];
            this.others = leaf || rules.length == 0 ? null : new ConcurrentHashMap<>();
        }

        Node child(char c) {
            return c < 128 ? ascii[c] : others.get(c);
        }

        void add(char c, Node child) {
            if (c < 128) {
                ascii[c] = child;
            } else {
                others.putIfAbsent(c, child);
            }
        }
    }

    RuleIndex(List<Rule> rules) {
        this.rules = rules;
        int[] all = new int[rules.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        this.root = new Node(all, false);
        for (char c = 0; c < 128; c++) {
            root.add(c, new Node(probe(String.valueOf(c), all), false));
        }
    }

    /** The indexes (into the rule list, in order) of the rules that may match at {@code at}. */
    int[] startingAt(String text, int at) {
        Node node = root;
        int limit = Math.min(text.length(), at + DEPTH);
        for (int i = at; i < limit && node.rules.length > 0; i++) {
            node = child(node, text, at, i + 1);
        }
        return node.rules;
    }

    // The node of text[at, end), a child of the node of text[at, end - 1).
    private Node child(Node parent, String text, int at, int end) {
        char c = text.charAt(end - 1);
        Node child = parent.child(c);
        if (child == null) {
            child = new Node(probe(text.substring(at, end), parent.rules), end - at == DEPTH);
            if (nodes.incrementAndGet() < MAX_NODES) {
                parent.add(c, child);
            }
        }
        return child;
    }

    private int[] probe(String prefix, int[] among) {
        int[] found = new int[among.length];
        int n = 0;
        for (int i : among) {
            Matcher m = rules.get(i).pattern().matcher(prefix);
            if (m.lookingAt() || m.hitEnd()) {
                found[n++] = i;
            }
        }
        return Arrays.copyOf(found, n);
    }
}
