package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PointTest {
    // What Point.parse reads, as the regex it replaces: both must accept the same values.
    private static final Pattern VALUE = Pattern.compile(
            "(\\d{4})(?:-(?:(\\d\\d)(?:-(\\d\\d))?|W(\\d\\d)|Q(\\d)|H(\\d)))?(?:T.*)?");

    @Test
    void readsTheValuesItFormats() {
        assertThat(Point.parse("2014-09-05")).isEqualTo(new Point(LocalDate.of(2014, 9, 5), Unit.DAY));
        assertThat(Point.parse("2014-09-05T14:00")).isEqualTo(new Point(LocalDate.of(2014, 9, 5), Unit.DAY));
        assertThat(Point.parse("2014-09")).isEqualTo(new Point(LocalDate.of(2014, 9, 1), Unit.MONTH));
        assertThat(Point.parse("2014-Q3")).isEqualTo(new Point(LocalDate.of(2014, 7, 1), Unit.QUARTER));
        assertThat(Point.parse("2014-H2")).isEqualTo(new Point(LocalDate.of(2014, 7, 1), Unit.HALF));
        assertThat(Point.parse("2014")).isEqualTo(new Point(LocalDate.of(2014, 1, 1), Unit.YEAR));
        assertThat(Point.parse("2014-W12").unit()).isEqualTo(Unit.WEEK);
        assertThat(Point.parse("2014-W12").format()).isEqualTo("2014-W12");
    }

    @Test
    void acceptsWhatTheRegexAccepts() {
        for (String v : List.of("2014", "2014-09-05", "2014-09-05T", "2014-09-05TMO", "2014-09-0",
                "2014-09-05X", "2014-9", "2014-", "2014-W1", "2014-W12-WE", "2014-Q", "2014-QX",
                "2014-H1T\n", "2014-13", "2014-02-30", "201", "20145", "PRESENT_REF", "XXXX-XX-XX",
                "2014-SU", "2014-Q5", "P3D", "")) {
            boolean regex = VALUE.matcher(v).matches();
            boolean valid = regex && Point.parse(v) != null;
            assertThat(Point.parse(v) != null).as(v).isEqualTo(valid);
            if (!regex) {
                assertThat(Point.parse(v)).as(v).isNull();
            }
        }
    }
}
