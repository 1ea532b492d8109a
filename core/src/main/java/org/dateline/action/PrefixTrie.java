package org.dateline.action;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values stored under word prefixes ("sanction", "ship"), found for a word by walking its
 * characters: only the values whose prefix the word starts with, in a few steps, with nothing
 * built per word.
 */
final class PrefixTrie<T> {
    // Children by character in two parallel arrays: a node has a handful, scanned faster than a
    // map is hashed (the walk runs for every token of every sentence).
    private char[] keys = new char[0];
    private PrefixTrie<?>[] children = new PrefixTrie<?>[0];
    private final List<T> values = new ArrayList<>();

    /** Stores a value under a prefix; a value added twice under one prefix is kept once. */
    void add(String prefix, T value) {
        PrefixTrie<T> node = this;
        for (int i = 0; i < prefix.length(); i++) {
            PrefixTrie<T> child = node.child(prefix.charAt(i));
            if (child == null) {
                child = new PrefixTrie<>();
                node.keys = Arrays.copyOf(node.keys, node.keys.length + 1);
                node.children = Arrays.copyOf(node.children, node.children.length + 1);
                node.keys[node.keys.length - 1] = prefix.charAt(i);
                node.children[node.children.length - 1] = child;
            }
            node = child;
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** Adds to out the values stored under every prefix of word (the word itself included), each once. */
    void collect(String word, List<T> out) {
        PrefixTrie<T> node = this;
        for (int i = 0; i < word.length(); i++) {
            node = node.child(word.charAt(i));
            if (node == null) {
                return;
            }
            // by index: an iterator per node reached was a good share of the events stage's garbage
            for (int k = 0; k < node.values.size(); k++) {
                T v = node.values.get(k);
                if (!out.contains(v)) { // "ship*/shipment": one value under two prefixes of a word
                    out.add(v);
                }
            }
        }
    }

    @SuppressWarnings("unchecked") // children are only ever added as PrefixTrie<T>
    private PrefixTrie<T> child(char c) {
        for (int k = 0; k < keys.length; k++) {
            if (keys[k] == c) {
                return (PrefixTrie<T>) children[k];
            }
        }
        return null;
    }
}
