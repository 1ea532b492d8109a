package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitsNeededTest {
    @Test
    void countsTheDigitsEveryMatchHolds() {
        assertThat(DigitsNeeded.of("advertisement")).isZero();
        assertThat(DigitsNeeded.of("\\d{1,2} may \\d{4}")).isEqualTo(5);
        assertThat(DigitsNeeded.of("(?:\\w+ )?may \\d{1,2}")).isEqualTo(1);
        assertThat(DigitsNeeded.of("20[0-9][0-9]")).isEqualTo(4);
        assertThat(DigitsNeeded.of("a\\d+b")).isEqualTo(1);
    }

    @Test
    void theFewestOfTheAlternativesCount() {
        assertThat(DigitsNeeded.of("may \\d{1,2}|\\d{4}-\\d\\d-\\d\\d")).isEqualTo(1);
        assertThat(DigitsNeeded.of("may \\d|yesterday")).isZero();
        assertThat(DigitsNeeded.of("(?:\\d )?today")).isZero();
        assertThat(DigitsNeeded.of("\\d*")).isZero();
    }

    @Test
    void whatMayMatchSomethingElseIsNoDigit() {
        assertThat(DigitsNeeded.of("\\w")).isZero();
        assertThat(DigitsNeeded.of("[0-9a-f]")).isZero();
        assertThat(DigitsNeeded.of("[^a]")).isZero();
        assertThat(DigitsNeeded.of(".")).isZero();
        assertThat(DigitsNeeded.of("\\p{N}")).isZero();
        assertThat(DigitsNeeded.of("(?=\\d)x")).isZero(); // a look-ahead consumes nothing
    }

    @Test
    void whatItCannotReadNeedsNothing() {
        assertThat(DigitsNeeded.of("(?i)\\d")).isZero();
        assertThat(DigitsNeeded.of("(\\d)\\1")).isZero();
    }

    @Test
    void aDateRuleThatMayStartWithAnyWordNeedsADigit() {
        String date = "(?:(?:posted|published)(?: on)?:? )?(?:\\w+,? )?(?:(?:jan|feb|mar)[a-z]*\\.? \\d{1,2},? \\d{4}"
                + "|\\d{1,2} (?:jan|feb|mar)[a-z]* \\d{4}|\\d{4}-\\d\\d-\\d\\d)(?:,? (?:at )?\\d{1,2}[:.]\\d\\d)?\\.?";
        assertThat(LiteralPrefixes.of(date, TextRules.SCAN_PREFIX_LENGTH).any()).isTrue();
        assertThat(DigitsNeeded.of(date)).isEqualTo(5);
    }
}
