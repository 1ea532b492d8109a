package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void everyListedFormatParsesItsExample() {
        assertThat(DateText.formats()).isNotEmpty();
        for (DateText.Format f : DateText.formats()) {
            assertThat(f.example()).as("example comment above %s", f.pattern()).isNotBlank();
            assertThat(DateText.parseValue(f.example())).as(f.pattern()).isPresent();
        }
    }

    @Test
    void parsesMachineFormats() {
        assertThat(DateText.parseValue("2014-03-18")).contains(LocalDate.of(2014, 3, 18));
        assertThat(DateText.parseValue("2014-03-18T20:41:00.000Z")).contains(LocalDate.of(2014, 3, 18));
        assertThat(DateText.parseValue("Tue, 18 Mar 2014 20:41:00 GMT")).contains(LocalDate.of(2014, 3, 18));
        assertThat(DateText.parseValue("not a date")).isEmpty();
        assertThat(DateText.parseValue("2014-02-30")).isEmpty();
    }

    @Test
    void findsDatesInsideText() {
        assertThat(DateText.findIn("Posted Feb. 24, 2022 at 05:00")).contains(LocalDate.of(2022, 2, 24));
        assertThat(DateText.findIn("Updated 24th February 2022")).contains(LocalDate.of(2022, 2, 24));
        assertThat(DateText.findIn("Sept 5 2014")).contains(LocalDate.of(2014, 9, 5));
        assertThat(DateText.findIn("in March 2014")).isEmpty();
    }

    @Test
    void placeholderDatesAreNoDates() {
        assertThat(DateText.parseValue("0001-01-01T00:00:00Z")).isEmpty();
        assertThat(DateText.parseValue("1970-01-01")).isEmpty();
        assertThat(DateText.parseValue("1998-02-27")).contains(LocalDate.of(1998, 2, 27));
    }

    @Test
    void readsEpochSecondsAndMillisecondsInMetadata() {
        assertThat(DateText.parseValue("1744643100")).contains(LocalDate.of(2025, 4, 14));
        assertThat(DateText.parseValue("1744643100000")).contains(LocalDate.of(2025, 4, 14));
        assertThat(DateText.parseValue("12345")).isEmpty();
    }

    @Test
    void readsAnIsoTimestampWrittenInText() {
        assertThat(DateText.publishedIn("Published 2025-04-14T18:05:00Z")).contains(LocalDate.of(2025, 4, 14));
        assertThat(DateText.publishedIn("2025-04-14T18:05:00.000+03:00 | By Anna Smith")).contains(LocalDate.of(2025, 4, 14));
        assertThat(DateText.findIn("2025-04-14Tuesday")).isEmpty();
    }

    @Test
    void readsSlashDatesMonthFirstUnlessTheFirstNumberIsADay() {
        assertThat(DateText.findIn("24/02/2022 - 08:15")).contains(LocalDate.of(2022, 2, 24));
        assertThat(DateText.findIn("Posted 02/24/2022")).contains(LocalDate.of(2022, 2, 24));
        assertThat(DateText.findIn("03/04/2022")).contains(LocalDate.of(2022, 3, 4));
        assertThat(DateText.findIn("13/13/2022")).isEmpty();
        assertThat(DateText.publishedIn("Updated 02/25/2022 | Posted 02/24/2022")).contains(LocalDate.of(2022, 2, 24));
    }

    private static Optional<LocalDate> dateOf(String paragraph, OptionalInt yearHint) {
        return DateText.dateline(paragraph).flatMap(d -> d.date(yearHint));
    }

    private static boolean lacksYear(String paragraph) {
        return DateText.dateline(paragraph).map(d -> d.year().isEmpty()).orElse(false);
    }

    @Test
    void readsDatelines() {
        assertThat(dateOf("KYIV, Nov 27 (EW) — text", OptionalInt.of(2018)))
                .contains(LocalDate.of(2018, 11, 27));
        assertThat(dateOf("KYIV, Nov 27 (EW) — text", OptionalInt.empty())).isEmpty();
        assertThat(dateOf("DONETSK, Ukraine, July 17, 2014 - text", OptionalInt.empty()))
                .contains(LocalDate.of(2014, 7, 17));
        assertThat(dateOf("Russia said on Nov 27 that...", OptionalInt.of(2018))).isEmpty();
        assertThat(dateOf("KERCH, 16 May 2018 - By O. Writer", OptionalInt.empty()))
                .contains(LocalDate.of(2018, 5, 16));
        assertThat(lacksYear("KERCH, 16 May - text")).isTrue();
    }

    @Test
    void aDatelineWithoutAYearTakesTheLatestYearNamedUnlessItsOwnMonthIsNamedWithThatYear() {
        String dateline = "KYIV, Nov 18 (EW) - Russia returned three ships.";
        assertThat(DateText.dateline(dateline).orElseThrow().month()).isEqualTo(11);
        assertThat(DateText.yearFor(11, dateline + " They were seized in March 2018.", 2026))
                .hasValue(2018);
        // a report does not give the year of its own month: "November 2018" under "Nov 18" is last year's
        assertThat(DateText.yearFor(11, dateline + " They were seized in November 2018.", 2026))
                .hasValue(2019);
        assertThat(DateText.yearFor(11, dateline + " They were seized on 25 December 2018.", 2026))
                .hasValue(2019);
        assertThat(DateText.yearFor(11, dateline + " Seized in November 2026.", 2026)).hasValue(2026);
        assertThat(DateText.yearFor(11, dateline + " No year here.", 2026)).isEmpty();
    }

    @Test
    void textWithoutDigitsHoldsNoDateAndIsLeftAsItIs() {
        assertThat(DateText.hasDigit("Published March the eighteenth")).isFalse();
        assertThat(DateText.hasDigit("March 18")).isTrue();
        assertThat(DateText.findIn("Published in March, in Kyiv")).isEmpty();
        assertThat(DateText.publishedIn("Updated on Monday")).isEmpty();
        assertThat(DateText.withoutDates("By Taras Koval | Kyiv")).isEqualTo("By Taras Koval | Kyiv");
        assertThat(lacksYear("KYIV, March -")).isFalse();
        assertThat(DateText.withoutDates("By Taras Koval | March 18, 2014")).isEqualTo("By Taras Koval |  ");
    }
}
