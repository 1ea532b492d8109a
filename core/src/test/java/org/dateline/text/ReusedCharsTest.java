package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReusedCharsTest {
    @Test
    void aTextIsCopiedFromZeroIntoTheSameBufferWhileItFits() {
        ReusedChars buffer = new ReusedChars(8, 64);
        char[] first = buffer.of("Kyiv");
        assertThat(new String(first, 0, 4)).isEqualTo("Kyiv");
        assertThat(buffer.of("Minsk")).isSameAs(first).startsWith('M', 'i', 'n', 's', 'k');
    }

    @Test
    void aLongerTextGrowsItAndOnePastTheKeptSizeGetsAnArrayOfItsOwn() {
        ReusedChars buffer = new ReusedChars(4, 16);
        char[] grown = buffer.of("Zaporizhzhia");
        assertThat(grown.length).isGreaterThanOrEqualTo(12);
        char[] own = buffer.of("a text longer than sixteen characters");
        assertThat(own).isNotSameAs(grown);
        assertThat(buffer.of("Kherson")).isSameAs(grown);
    }
}
