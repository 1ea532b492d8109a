package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {
    @Test
    void foldsOnlyAsciiLetters() {
        assertThat(Ascii.lowerAscii("AbC-É")).isEqualTo("abc-É");
        assertThat(Ascii.lowerAscii('Q')).isEqualTo('q');
        assertThat(Ascii.lowerAscii('É')).isEqualTo('É');
    }

    @Test
    void matchesARegionIgnoringAsciiCase() {
        assertThat(Ascii.regionMatchesAscii("Hours later", 0, "hours", 11)).isTrue();
        assertThat(Ascii.regionMatchesAscii("Hours later", 6, "later", 10)).isFalse(); // past the region's end
    }

    @Test
    void letterOrDigitAnswersAsCharacterDoes() {
        for (char c = 0; c < 0x3000; c++) {
            assertThat(Ascii.isLetterOrDigit(c)).as("U+%04X", (int) c).isEqualTo(Character.isLetterOrDigit(c));
        }
    }
}
