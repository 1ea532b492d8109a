package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixTrieTest {
    @Test
    void collectsTheValuesOfEveryPrefixOfAWordOnce() {
        PrefixTrie<String> trie = new PrefixTrie<>();
        trie.add("ship", "vessels");
        trie.add("shipment", "vessels");
        trie.add("sanction", "sanctions");
        List<String> out = new ArrayList<>();
        trie.collect("shipments", out);
        assertThat(out).containsExactly("vessels");
        out.clear();
        trie.collect("said", out);
        assertThat(out).isEmpty();
        trie.collect("sanction", out);
        assertThat(out).containsExactly("sanctions");
    }
}
