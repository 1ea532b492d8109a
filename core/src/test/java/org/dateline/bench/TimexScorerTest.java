package org.dateline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.dateline.time.Timex;
import org.dateline.time.TimexType;
import org.junit.jupiter.api.Test;

class TimexScorerTest {
    private static Timex t(int start, int end, TimexType type, String value) {
        return new Timex(start, end, "x", type, value, false, "test");
    }

    @Test
    void strictRelaxedTypeAndValue() {
        TimexScorer s = new TimexScorer();
        List<Timex> gold = List.of(t(0, 9, TimexType.DATE, "1998-01-07"),
                t(20, 30, TimexType.DURATION, "P1W"), t(40, 44, TimexType.DATE, "1998"));
        // one identical, one overlapping with a wrong value and type, one spurious; one missed
        List<Timex> system = List.of(t(0, 9, TimexType.DATE, "1998-01-07"),
                t(25, 30, TimexType.DATE, "P2W"), t(50, 55, TimexType.DATE, "1999"));
        s.add(gold, system);
        assertThat(s.strictF1()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.valueF1()).isCloseTo(2.0 / 3 * 0.5, within(1e-9));
        assertThat(s.typeF1()).isCloseTo(2.0 / 3 * 0.5, within(1e-9));
    }

    @Test
    void nothingFoundScoresZero() {
        TimexScorer s = new TimexScorer();
        s.add(List.of(t(0, 4, TimexType.DATE, "1998")), List.of());
        assertThat(s.relaxedF1()).isZero();
        assertThat(s.valueF1()).isZero();
    }
}
