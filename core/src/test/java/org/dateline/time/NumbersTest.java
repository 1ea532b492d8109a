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
}
