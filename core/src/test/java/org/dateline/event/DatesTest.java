package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate DAY = LocalDate.of(2023, 11, 15);

    @Test
    void aPeriodEndsBeforeADayWhenItsLastDayDoes() {
        assertThat(Dates.endsBefore("2023-05", DAY)).isTrue();
        assertThat(Dates.endsBefore("2023-11", DAY)).isFalse();
        assertThat(Dates.endsBefore("2023-11-14", DAY)).isTrue();
        assertThat(Dates.endsBefore("2023", DAY)).isFalse();
        assertThat(Dates.endsBefore("2022", DAY)).isTrue();
        assertThat(Dates.endsBefore("XXXX-05", DAY)).isFalse();
    }

    @Test
    void shiftingByYearsKeepsTheGranularity() {
        assertThat(Dates.shiftYears("2024-01", -1)).isEqualTo("2023-01");
        assertThat(Dates.shiftYears("2023-03", 1)).isEqualTo("2024-03");
        assertThat(Dates.shiftYears("2024-02-29", -1)).isEqualTo("2023-02-28");
        assertThat(Dates.shiftYears("2014", 1)).isEqualTo("2015");
        assertThat(Dates.shiftYears("P3D", 1)).isNull();
    }
}
