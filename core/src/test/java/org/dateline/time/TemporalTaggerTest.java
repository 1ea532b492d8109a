package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {
    private static final TemporalTagger TAGGER = TemporalTagger.standard();
    private static final LocalDate THURSDAY = LocalDate.of(2022, 2, 17);

    private static Timex only(String text, LocalDate anchor) {
        List<Timex> found = TAGGER.tag(text, anchor);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @Test
    void absoluteDatesInNewsFormats() {
        assertThat(only("It began on Feb. 24, 2022.", THURSDAY).value()).isEqualTo("2022-02-24");
        assertThat(only("It began on 24 February 2022.", THURSDAY).value()).isEqualTo("2022-02-24");
        assertThat(only("It began on 2022-02-24.", THURSDAY).value()).isEqualTo("2022-02-24");
        assertThat(only("It began in September 2014.", THURSDAY).value()).isEqualTo("2014-09");
        assertThat(only("It began in 2014.", THURSDAY).value()).isEqualTo("2014");
        assertThat(only("It began in the 1990s.", THURSDAY).value()).isEqualTo("199");
        Timex mid = only("It began in mid-2015.", THURSDAY);
        assertThat(mid.value()).isEqualTo("2015");
        assertThat(mid.mod()).isEqualTo("MID");
        assertThat(mid.relative()).isFalse();
        assertThat(mid.rule()).isEqualTo("date.mod-year");
    }

    @Test
    void weekdayFollowsTheTenseOfItsClause() {
        assertThat(only("Envoys met on Tuesday.", THURSDAY).value()).isEqualTo("2022-02-15");
        assertThat(only("Envoys will meet on Tuesday.", THURSDAY).value()).isEqualTo("2022-02-22");
        assertThat(only("Envoys are due to meet on Tuesday.", THURSDAY).value()).isEqualTo("2022-02-22");
        assertThat(only("Envoys plan to meet next Tuesday.", THURSDAY).value()).isEqualTo("2022-02-22");
        assertThat(only("Envoys met on Tuesday.", THURSDAY).relative()).isTrue();
        assertThat(only("Envoys met on Thursday.", THURSDAY).value()).isEqualTo("2022-02-17");
        assertThat(only("Envoys will meet on Thursday.", THURSDAY).value()).isEqualTo("2022-02-17");
        assertThat(only("He travels to Vilnius on Wednesday.", THURSDAY).value()).isEqualTo("2022-02-16");
        assertThat(only("He travels to Vilnius on Saturday.", THURSDAY).value()).isEqualTo("2022-02-19");
        assertThat(only("Envoys meet next Friday.", THURSDAY).value()).isEqualTo("2022-02-18");
    }

    @Test
    void relativeToTheAnchor() {
        assertThat(only("He left yesterday.", THURSDAY).value()).isEqualTo("2022-02-16");
        assertThat(only("He leaves tomorrow.", THURSDAY).value()).isEqualTo("2022-02-18");
        assertThat(only("He left last month.", THURSDAY).value()).isEqualTo("2022-01");
        assertThat(only("He left three years ago.", THURSDAY).value()).isEqualTo("2019");
        assertThat(only("Shelling went on overnight.", THURSDAY).value()).isEqualTo("2022-02-16TNI");
        assertThat(only("Talks began September 5 last year.", THURSDAY).value()).isEqualTo("2021-09-05");
        Timex earlier = only("Earlier this month, talks failed.", THURSDAY);
        assertThat(earlier.value()).isEqualTo("2022-02");
        assertThat(earlier.mod()).isEqualTo("START");
    }

    @Test
    void laterCountsFromTheLastDateMentioned() {
        List<Timex> found = TAGGER.tag("Talks began on March 3, 2015. Two days later they failed.", THURSDAY);
        assertThat(found).extracting(Timex::value).containsExactly("2015-03-03", "2015-03-05");
        assertThat(found.get(1).relative()).isTrue();
        // a month that holds the day named last leaves the day to count from
        assertThat(TAGGER.tag("On 15 March the council ordered a halt until the rebels return the mines they "
                + "seized at the start of the month. The next day Kyiv imposed sanctions.", java.time.LocalDate.of(2017, 3, 24)))
                .extracting(Timex::value).containsExactly("2017-03-15", "2017-03", "2017-03-16");
        // so does a year that qualifies a noun ("a 2014 explosion"): the story stays on the day
        assertThat(TAGGER.tag("Prague expelled 18 diplomats on April 17 over a 2014 depot explosion, and Moscow"
                + " retaliated the next day.", java.time.LocalDate.of(2021, 4, 20)))
                .extracting(Timex::value).containsExactly("2021-04-17", "2014", "2021-04-18");
    }

    @Test
    void afterAnEventCountsFromTheDateTheClauseNamesForIt() {
        List<Timex> found = TAGGER.tag("Talks began on March 3, 2015. Sanctions were imposed two days after the referendum on"
                + " March 16, 2014.", THURSDAY);
        assertThat(found).extracting(Timex::value).containsExactly("2015-03-03", "2014-03-18", "2014-03-16");
        // across punctuation the named date is another clause's: the last date mentioned counts
        found = TAGGER.tag("Talks began on March 3, 2015. Two days after the vote, on March 16, 2014, they failed.",
                THURSDAY);
        assertThat(found).extracting(Timex::value).containsExactly("2015-03-03", "2015-03-05", "2014-03-16");
    }

    @Test
    void afterAnEventCountsFromNoDateOfAnEarlierParagraph() {
        // the last date is another paragraph's, not the trip's: "a day after" stays unresolved
        List<Timex> found = TAGGER.tag("Putin spoke on March 3, 2015.\n\nSpeaking a day after Biden's trip to Kyiv,"
                + " he accused the West.", THURSDAY);
        assertThat(found).extracting(Timex::value).containsExactly("2015-03-03", "XXXX-XX-XX");
        found = TAGGER.tag("Putin spoke on March 3, 2015. Speaking a day after Biden's trip to Kyiv, he accused the West.",
                THURSDAY);
        assertThat(found).extracting(Timex::value).containsExactly("2015-03-03", "2015-03-04");
    }

    @Test
    void withoutAnchorRelativeDatesStayUnresolved() {
        Timex t = only("He left yesterday.", null);
        assertThat(t.value()).isEqualTo("XXXX-XX-XX");
        assertThat(t.relative()).isTrue();
        assertThat(only("Envoys met on Tuesday.", null).value()).isEqualTo("XXXX-XX-XX");
        assertThat(only("Talks failed last year.", null).value()).isEqualTo("XXXX");
        assertThat(only("It began on Feb. 24, 2022.", null).value()).isEqualTo("2022-02-24");
    }

    @Test
    void rangesDurationsAndSets() {
        Timex range = only("Prices rose between March and May 2015.", THURSDAY);
        assertThat(range.value()).isEqualTo("2015-03");
        assertThat(range.endValue()).isEqualTo("2015-05");
        Timex since = only("Fighting has gone on since 2014.", THURSDAY);
        assertThat(since.text()).isEqualTo("2014");
        assertThat(since.mod()).isEqualTo("ON_OR_AFTER");
        Timex days = only("The truce held for 30 days.", THURSDAY);
        assertThat(days.type()).isEqualTo(TimexType.DURATION);
        assertThat(days.value()).isEqualTo("P30D");
        assertThat(only("Talks lasted 72 hours.", THURSDAY).value()).isEqualTo("PT72H");
        Timex every = only("They meet every year.", THURSDAY);
        assertThat(every.type()).isEqualTo(TimexType.SET);
        assertThat(every.value()).isEqualTo("P1Y");
    }

    @Test
    void wordsThatOnlyLookLikeDates() {
        assertThat(TAGGER.tag("It may be true, and May we never see it.", THURSDAY)).isEmpty();
        assertThat(TAGGER.tag("Thousands joined a march and the March on Washington.", THURSDAY)).isEmpty();
        assertThat(TAGGER.tag("The spring water and the Arab Spring.", THURSDAY)).isEmpty();
        assertThat(TAGGER.tag("He sent 2000 troops and paid $2014.", THURSDAY)).isEmpty();
        assertThat(TAGGER.tag("A 44-year-old man fought in the Second World War.", THURSDAY)).isEmpty();
        // a day's number before the month makes it a date, whatever follows
        assertThat(only("Talks were held, and on 31 May he met Klimkin.", THURSDAY).value()).isEqualTo("2021-05-31");
    }

    @Test
    void formatsOfTodaysWireCopy() {
        LocalDate anchor = LocalDate.of(2022, 3, 9);
        String text = "KYIV, Nov 27 - On Monday 21 February 2022, Putin spoke. Since February 24, "
                + "8 million have fled. From 2014 to 2022 the war festered; the Minsk deal of 2014-15 "
                + "failed. GDP fell in Q3 2022. Sirens sounded at 0600 GMT. The summit is set for "
                + "June 28-29. The decree of 24.02.2022 took effect 2022-02-24T05:47:00Z. Talks failed "
                + "last summer.";
        assertThat(TAGGER.tag(text, anchor)).extracting(t -> t.text() + "=" + t.value()
                        + (t.mod() == null ? "" : " " + t.mod()) + (t.endValue() == null ? "" : "/" + t.endValue()))
                .containsExactly("Nov 27=2021-11-27", "Monday 21 February 2022=2022-02-21",
                        "February 24=2022-02-24 ON_OR_AFTER", "From 2014 to 2022=2014/2022",
                        "2014-15=2014/2015", "Q3 2022=2022-Q3", "0600 GMT=2022-03-09T06:00",
                        "June 28-29=2022-06-28/2022-06-29", "24.02.2022=2022-02-24",
                        "2022-02-24T05:47:00Z=2022-02-24T05:47", "last summer=2021-SU");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "Ukraine said on Feb. 24, 2022, that Russia invaded.";
        Timex t = only(text, THURSDAY);
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()).isEqualTo("Feb. 24, 2022");
    }

    @Test
    void emptyAndOddTextIsHarmless() {
        assertThat(TAGGER.tag("", THURSDAY)).isEmpty();
        assertThat(TAGGER.tag("\u0000\uFFFF 12:99 Jan Feb. 31, 2022", THURSDAY))
                .noneMatch(t -> t.value().startsWith("2022-02-31"));
    }
}
