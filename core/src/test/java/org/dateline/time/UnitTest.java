package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnitTest {
    @Test
    void aUnitIsNamedInAnyCaseWithSpaceAround() {
        assertThat(Unit.named("day")).isEqualTo(Unit.DAY);
        assertThat(Unit.named("Year")).isEqualTo(Unit.YEAR);
        assertThat(Unit.named(" weekend ")).isEqualTo(Unit.WEEKEND);
        assertThat(Unit.named("unit")).isNull();
    }

    @Test
    void aDurationIsWrittenInItsUnitsCode() {
        assertThat(Unit.DAY.duration("3")).isEqualTo("P3D");
        assertThat(Unit.HOUR.duration("2")).isEqualTo("PT2H");
        assertThat(Unit.DECADE.duration("2")).isEqualTo("P20Y");
        assertThat(Unit.YEAR.duration("X")).isEqualTo("PXY");
    }
}
