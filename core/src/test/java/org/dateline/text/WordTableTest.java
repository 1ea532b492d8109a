package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
    private final WordTable table = new WordTable(Map.of("russia", 7, "nato's", 8, "élysée", 9, "σ", 10));

    @Test
    void findsTheNormalFormOfCharactersAsWritten() {
        char[] text = "Leaders of RUSSIA and NATO’s Élysée".toCharArray();
        int slot = table.slot(text, 11, 17);
        assertThat(table.id(slot)).isEqualTo(7);
        assertThat(table.word(slot)).isEqualTo("russia");
        assertThat(table.id(table.slot(text, 22, 28))).isEqualTo(8);
        assertThat(table.id(table.slot(text, 29, 35))).isEqualTo(9);
    }

    @Test
    void aWordNotInTheTableIsAbsent() {
        assertThat(table.slot("Russian".toCharArray(), 0, 7)).isEqualTo(WordTable.ABSENT);
        assertThat(table.slot("Russi".toCharArray(), 0, 5)).isEqualTo(WordTable.ABSENT);
        assertThat(table.slot("".toCharArray(), 0, 0)).isEqualTo(WordTable.ABSENT);
    }

    @Test
    void charactersStringLowerCasingTreatsSpeciallyAreLeftToIt() {
        assertThat(table.slot("Σ".toCharArray(), 0, 1)).isEqualTo(WordTable.NOT_SIMPLE);
        assertThat(table.slot("İ".toCharArray(), 0, 1)).isEqualTo(WordTable.NOT_SIMPLE);
        assertThat(table.slot("\uD835\uDC00".toCharArray(), 0, 2)).isEqualTo(WordTable.NOT_SIMPLE);
    }

    @Test
    void aWordFoundIsWrittenAsItsNormalFormOnlyWhenEveryCharacterIs() {
        char[] text = "russia Russia".toCharArray();
        assertThat(table.find(text, 0, 6, new WordTable.Found()).normal).isTrue();
        assertThat(table.find(text, 7, 13, new WordTable.Found()).normal).isFalse();
        assertThat(table.find("Shelling".toCharArray(), 0, 8, new WordTable.Found()).normal).isFalse();
    }

    @Test
    void theNormalFormOfAnUnknownWordIsItsTextWhenUnchanged() {
        String written = "shelling";
        assertThat(WordTable.simpleNormalForm(written.toCharArray(), 0, 8, written)).isSameAs(written);
        assertThat(WordTable.simpleNormalForm("Kremlin’s".toCharArray(), 0, 9, "Kremlin’s")).isEqualTo("kremlin's");
        assertThat(WordTable.simpleNormalForm("ÉLYSÉE".toCharArray(), 0, 6, "ÉLYSÉE")).isEqualTo(Token.normalize("ÉLYSÉE"));
    }

    @Test
    void manyWordsAreAllFoundThroughTheFilter() {
        java.util.Map<String, Integer> words = new java.util.HashMap<>();
        for (int i = 0; i < 5000; i++) {
            words.put("w" + i, i);
        }
        WordTable big = new WordTable(words);
        for (int i = 0; i < 5000; i++) {
            char[] w = ("W" + i).toCharArray();
            assertThat(big.id(big.slot(w, 0, w.length))).isEqualTo(i);
        }
        assertThat(big.slot("w5000".toCharArray(), 0, 5)).isEqualTo(WordTable.ABSENT);
    }
}
