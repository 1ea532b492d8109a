package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.time.Timex;
import org.dateline.time.TimexType;
import org.junit.jupiter.api.Test;

class DateAttacherTest {
    // The date of the only expression of text, read for a verb at offset 0 of the whole text.
    private static String governing(String text, String expression, boolean deadlines) {
        int start = text.indexOf(expression);
        Timex t = new Timex(start, start + expression.length(), expression, TimexType.DATE, "2022-02-21", false, "test");
        DateAttacher.Dated d = new DateAttacher(text, List.of(t))
                .governing(0, 0, text.length(), 0, text.length(), List.of(), deadlines);
        return d == null ? null : d.date();
    }

    @Test
    void aDeadlineDatesOnlyAPlannedEvent() {
        assertThat(governing("They gave Kyiv until Monday.", "Monday", false)).isNull();
        assertThat(governing("They gave Kyiv UNTIL  Monday.", "Monday", false)).isNull();
        assertThat(governing("Troops must leave no later than\nMonday.", "Monday", false)).isNull();
        assertThat(governing("They gave Kyiv until Monday.", "Monday", true)).isEqualTo("2022-02-21");
        assertThat(governing("They met on Monday.", "Monday", false)).isEqualTo("2022-02-21");
        assertThat(governing("They met by the river on Monday.", "Monday", false)).isEqualTo("2022-02-21");
        assertThat(governing("It was the Atlantean Monday.", "Monday", false)).isEqualTo("2022-02-21");
    }

    @Test
    void aYearNamingAThingDatesNothingButAYearOfAnEventStill() {
        assertThat(governing("Russia violated the 1994 Budapest Memorandum.", "1994", false)).isNull();
        assertThat(governing("It is the depositary of the 1949 Washington Treaty.", "1949", false)).isNull();
        assertThat(governing("Israel seized the territories in the 1967 war.", "1967", false)).isEqualTo("2022-02-21");
        assertThat(governing("The talks began in 2014 and stalled.", "2014", false)).isEqualTo("2022-02-21");
    }

    @Test
    void aWeekdaysThingDatesNothingButItsOccasionDoes() {
        assertThat(governing("Kyiv praised Friday's deal.", "Friday", false)).isNull();
        assertThat(governing("Kyiv spoke at Friday's meeting.", "Friday", false)).isEqualTo("2022-02-21");
        assertThat(governing("At Friday's meeting, Kyiv spoke.", "Friday", false)).isEqualTo("2022-02-21");
        assertThat(governing("Kyiv spoke, as Friday's meeting showed.", "Friday", false)).isNull();
    }

    @Test
    void overnightIsTheMorningItEnds() {
        String text = "Overnight, Russian missiles hit Kyiv.";
        Timex night = new Timex(0, 9, "Overnight", TimexType.TIME, "2022-04-14TNI", true, "rel.last-night");
        assertThat(new DateAttacher(text, List.of(night)).governing(20, 0, text.length(), 0, text.length(), List.of())
                .date()).isEqualTo("2022-04-15");
        String last = "Last night, Russian missiles hit Kyiv.";
        Timex lastNight = new Timex(0, 10, "Last night", TimexType.TIME, "2022-04-14TNI", true, "rel.last-night");
        assertThat(new DateAttacher(last, List.of(lastNight)).governing(20, 0, last.length(), 0, last.length(), List.of())
                .date()).isEqualTo("2022-04-14");
    }

    @Test
    void aSeasonIsItsThreeMonths() {
        Timex spring = new Timex(0, 6, "spring", TimexType.DATE, "2022-SP", false, "test");
        assertThat(DateAttacher.daysOf(spring, null)).containsExactly("2022-03", "2022-05");
        Timex winter = new Timex(0, 6, "winter", TimexType.DATE, "2022-WI", false, "test");
        assertThat(DateAttacher.daysOf(winter, null)).containsExactly("2022-12", "2023-02");
    }

    @Test
    void anExpressionAfterSinceGovernsWhenNoOtherDoes() {
        assertThat(governing("Russia has held the dam since Monday.", "Monday", false)).isEqualTo("2022-02-21");
        String text = "Russia has held the dam since Monday, it said on Tuesday.";
        int since = text.indexOf("Monday");
        int tuesday = text.indexOf("Tuesday");
        DateAttacher d = new DateAttacher(text, List.of(
                new Timex(since, since + 6, "Monday", TimexType.DATE, "2022-02-21", false, "test"),
                new Timex(tuesday, tuesday + 7, "Tuesday", TimexType.DATE, "2022-02-22", false, "test")));
        assertThat(d.governing(since - 8, 0, text.length(), 0, text.length(), List.of()).date()).isEqualTo("2022-02-22");
    }
}
