package org.dateline.text;

import java.util.Arrays;
import java.util.Collection;

/**
 * A set of short strings, asked whether a text starts with one of them at a position: one walk
 * down a tree of characters, which stops at the first character no string continues with,
 * instead of a {@code startsWith} per string.
 */
final class PrefixSet {
    /** A tree node: the characters that continue a string from here, each with its node. */
    private static final class Node {
        char[] chars = new char[0];
        Node[] next = new Node[0];
        /** A string of the set ends here. */
        boolean ends;

        Node child(char c) {
            for (int k = 0; k < chars.length; k++) {
                if (chars[k] == c) {
                    return next[k];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node child = child(c);
            if (child == null) {
                child = new Node();
                chars = Arrays.copyOf(chars, chars.length + 1);
                next = Arrays.copyOf(next, next.length + 1);
                chars[chars.length - 1] = c;
                next[next.length - 1] = child;
            }
            return child;
        }
    }

    private final Node root = new Node();

    PrefixSet(Collection<String> strings) {
        for (String s : strings) {
            Node node = root;
            for (int i = 0; i < s.length(); i++) {
                node = node.addChild(s.charAt(i));
            }
            node.ends = true;
        }
    }

    /** True when {@code text} starts with one of the strings at position {@code i}. */
    boolean startsAt(String text, int i) {
        Node node = root;
        for (int k = i; !node.ends; k++) {
            if (k == text.length()) {
                return false;
            }
            node = node.child(text.charAt(k));
            if (node == null) {
                return false;
            }
        }
        return true;
    }
}
