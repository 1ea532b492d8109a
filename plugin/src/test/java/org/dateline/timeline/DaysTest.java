package org.dateline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DaysTest {
    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void readsEveryGranularity() {
        assertThat(Days.start("2014-09-05")).isEqualTo(day("2014-09-05"));
        assertThat(Days.end("2014-09-05")).isEqualTo(day("2014-09-05"));
        assertThat(Days.start("2014-09")).isEqualTo(day("2014-09-01"));
        assertThat(Days.end("2014-09")).isEqualTo(day("2014-09-30"));
        assertThat(Days.start("2014")).isEqualTo(day("2014-01-01"));
        assertThat(Days.end("2014")).isEqualTo(day("2014-12-31"));
        assertThat(Days.start("2022-W08")).isEqualTo(day("2022-02-21"));
        assertThat(Days.end("2022-Q1")).isEqualTo(day("2022-03-31"));
        assertThat(Days.start("2022-SU")).isEqualTo(day("2022-06-01"));
    }

    @Test
    void valuesWithoutADayAreNone() {
        assertThat(Days.start(null)).isEqualTo(Days.NONE);
        assertThat(Days.start("PRESENT_REF")).isEqualTo(Days.NONE);
        assertThat(Days.start("2022-13-01")).isEqualTo(Days.NONE);
    }
}
