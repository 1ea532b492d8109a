package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void zeroPaddedIsWhatFormatGives() {
        for (int width = 1; width <= 4; width++) {
            for (int n = -12_345; n <= 12_345; n += 7) {
                assertThat(Numbers.zeroPadded(n, width))
                        .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", n));
            }
        }
        assertThat(Numbers.zeroPadded(5, 4)).isEqualTo("0005");
        assertThat(Numbers.zeroPadded(-5, 4)).isEqualTo("-005");
    }

    private static final Tables TABLES = Tables.load("/org/dateline/time/tables.txt");

    @Test
    void aDayIsItsDigitsOrItsOrdinal() {
        assertThat(Numbers.ordinal("5", TABLES)).isEqualTo("5");
        assertThat(Numbers.ordinal(" 05th ", TABLES)).isEqualTo("5");
        assertThat(Numbers.ordinal("21ST", TABLES)).isEqualTo("21");
        assertThat(Numbers.ordinal("fifth", TABLES)).isEqualTo("5");
        assertThat(Numbers.ordinal("123", TABLES)).isNull();
        assertThat(Numbers.ordinal("th", TABLES)).isNull();
    }

    @Test
    void aCountInFiguresOrWords() {
        assertThat(Numbers.number("1,500", TABLES)).isEqualTo("1500");
        assertThat(Numbers.number("2.5", TABLES)).isEqualTo("2.5");
        assertThat(Numbers.number("twenty-four", TABLES)).isEqualTo("24");
        assertThat(Numbers.number("several", TABLES)).isEqualTo("X");
        assertThat(Numbers.number("2.", TABLES)).isNull();
        assertThat(Numbers.number("2.5x", TABLES)).isNull();
    }
}
