package org.dateline.time;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;

/**
 * Which rules can start a match with the next few characters of the text, so that the
 * tagger tries at each word start only the rules that may match there instead of running
 * every rule over the whole text. Worked out from the patterns themselves: a rule can start
 * with "the" when matching the text "the" succeeds or runs out of input
 * ({@link Matcher#hitEnd()}). The answers form a tree of prefixes, one character per level,
 * walked down the text without copying it: a level is added only while some rules
 * remain, and only the rules left at its parent are probed for it, so most words stop
 * after a character or two ("b", "co") and a new word costs few probes. The second level under
 * ASCII characters is a table, by the first two characters: most words ("Russian",
 * "Ukraine") begin no rule and are passed over after one look-up, with no walk.
 */
final class RuleIndex {
    // Deep enough that most rules left at the end of a walk match: at 8 characters, a
    // weekday or month name still left ten rules to try ("Wednesday, ...").
    private static final int DEPTH = 12;
    private static final int MAX_NODES = 100_000;
    private static final int ASCII = 128;
    // The leaf of every prefix that begins no rule (most of them): it costs no node.
    private static final Node NO_RULE = new Node(new int[0]);

    private final List<Rule> rules;
    private final Node root;
    private final Node[] firstAscii = new Node[ASCII]; // the first level, worked out at once
    // The second level under ASCII characters, by 'first * 128 + second' (both ASCII), worked
    // out when first needed (all at once would slow the loading of the rules).
    private final AtomicReferenceArray<Node> firstTwoAscii = new AtomicReferenceArray<>(ASCII * ASCII);
    private final AtomicInteger nodes = new AtomicInteger();

    /**
     * The rules that can start with a prefix, and the longer prefixes seen so far: a node's
     * children are kept in a small immutable {@link Children}, replaced when one is added
     * (readers need no lock).
     */
    private static final class Node {
        final int[] rules;
        private volatile Children children = Children.NONE;

        Node(int[] rules) {
            this.rules = rules;
        }

        Node child(char c) {
            return children.get(c);
        }

        synchronized Node add(char c, Node child) {
            Node raced = child(c);
            if (raced != null) {
                return raced;
            }
            children = children.with(c, child);
            return child;
        }
    }

    /**
     * The children of a node by their character. Most nodes have a few, found by a scan; a
     * node with many ("on ", "the ") also has a table by ASCII character, found at once.
     */
    private static final class Children {
        static final Children NONE = new Children(new char[0], new Node[0]);
        private static final int SCANNED = 8;

        private final char[] keys;
        private final Node[] nodes;
        private final Node[] byAscii; // null while there are few children

        private Children(char[] keys, Node[] nodes) {
            this.keys = keys;
            this.nodes = nodes;
            if (keys.length > SCANNED) {
                byAscii = new Node[ASCII];
                for (int i = 0; i < keys.length; i++) {
                    if (keys[i] < ASCII) {
                        byAscii[keys[i]] = nodes[i];
                    }
                }
            } else {
                byAscii = null;
            }
        }

        Node get(char c) {
            if (byAscii != null && c < ASCII) {
                return byAscii[c];
            }
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return nodes[i];
                }
            }
            return null;
        }

        Children with(char c, Node child) {
            char[] k = Arrays.copyOf(keys, keys.length + 1);
            Node[] n = Arrays.copyOf(nodes, nodes.length + 1);
            k[k.length - 1] = c;
            n[n.length - 1] = child;
            return new Children(k, n);
        }
    }

    RuleIndex(List<Rule> rules) {
        this.rules = rules;
        int[] all = new int[rules.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        this.root = new Node(all);
        for (char c = 0; c < ASCII; c++) {
            firstAscii[c] = new Node(probe(String.valueOf(c), all));
        }
    }

    /** The indexes (into the rule list, in order) of the rules that may match at {@code at}. */
    int[] startingAt(char[] text, int at) {
        char first = text[at];
        Node node;
        int i = at + 1;
        if (first < ASCII && i < text.length && text[i] < ASCII) {
            node = firstTwoAscii(first, text[i]);
            i++;
        } else {
            node = first < ASCII ? firstAscii[first] : child(root, text, at, at + 1);
        }
        int limit = Math.min(text.length, at + DEPTH);
        for (; i < limit && node.rules.length > 0; i++) {
            node = child(node, text, at, i + 1);
        }
        return node.rules;
    }

    private Node firstTwoAscii(char first, char second) {
        int key = first * ASCII + second;
        Node node = firstTwoAscii.get(key);
        if (node == null) {
            int[] among = firstAscii[first].rules;
            node = node(among.length == 0 ? among : probe(new String(new char[] {first, second}), among));
            firstTwoAscii.set(key, node); // two threads may both work it out: the same answer
        }
        return node;
    }

    // The node of text[at, end), a child of the node of text[at, end - 1).
    private Node child(Node parent, char[] text, int at, int end) {
        char c = text[end - 1];
        Node child = parent.child(c);
        if (child == null) {
            child = node(probe(new String(text, at, end - at), parent.rules));
            if (child == NO_RULE || nodes.incrementAndGet() < MAX_NODES) {
                child = parent.add(c, child);
            }
        }
        return child;
    }

    private static Node node(int[] rules) {
        return rules.length == 0 ? NO_RULE : new Node(rules);
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
