package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockTextTest {
    @Test
    void collapsesWhiteSpaceAcrossNodesAndDropsInvisibleCharacters() {
        BlockText text = new BlockText();
        text.append("\n  Kyiv,\u00A0 Feb\u200B. 24 ", false);
        text.append("  (Reu\u00ADters)", true);
        text.append(" ", false);
        assertThat(text.toString()).isEqualTo("Kyiv, Feb. 24 (Reuters)");
        assertThat(text.letters()).isEqualTo(20);
        assertThat(text.linkLetters()).isEqualTo(9);
    }

    @Test
    void startsEachBlockAfresh() {
        BlockText text = new BlockText();
        text.append("first block ", false);
        text.clear();
        text.append(" second", false);
        assertThat(text.toString()).isEqualTo("second");
        assertThat(text.letters()).isEqualTo(6);
        assertThat(text.linkLetters()).isZero();
    }

    @Test
    void growsForLongNodes() {
        BlockText text = new BlockText();
        String word = "x".repeat(5000);
        text.append(word + " " + word, false);
        assertThat(text.toString()).isEqualTo(word + " " + word);
        assertThat(text.letters()).isEqualTo(10000);
    }
}
