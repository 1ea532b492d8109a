package org.dateline.action;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Values stored under word prefixes ("sanction", "ship"), found for a word by walking its
 * characters: only the values whose prefix the word starts with, in a few steps, with nothing
 * built per word.
 */
final class PrefixTrie<T> {
    private final Map<Character, PrefixTrie<T>> next = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    /** Stores a value under a prefix; a value added twice under one prefix is kept once. */
    void add(String prefix, T value) {
        PrefixTrie<T> node = this;
        for (int i = 0; i < prefix.length(); i++) {
            node = node.next.computeIfAbsent(prefix.charAt(i), c -> new PrefixTrie<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** Adds to out the values stored under every prefix of word (the word itself included), each once. */
    void collect(String word, List<T> out) {
        PrefixTrie<T> node = this;
        for (int i = 0; i < word.length(); i++) {
            node = node.next.get(word.charAt(i));
            if (node == null) {
                return;
            }
            for (T v : node.values) {
                if (!out.contains(v)) { // "ship*/shipment": one value under two prefixes of a word
                    out.add(v);
                }
            }
        }
    }
}
