package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaceBoundTest {
    @Test
    void countsTheSpacesOfLiteralsAlternativesAndBoundedRepeats() {
        assertThat(SpaceBound.of("advertisement")).isZero();
        assertThat(SpaceBound.of("share|share this article|most read")).isEqualTo(2);
        assertThat(SpaceBound.of("by (?:[\\p{L}.'’-]+ ){1,4}\\d{4}")).isEqualTo(5);
        assertThat(SpaceBound.of("(?:\\w+,? )?may \\d{1,2}")).isEqualTo(2);
        assertThat(SpaceBound.of("a(?: b)?(?: c){3}")).isEqualTo(4);
        assertThat(SpaceBound.of("[\\w&'’-]+(?: [\\w&'’-]+)?")).isEqualTo(1);
        assertThat(SpaceBound.of("a\\ b")).isEqualTo(1);
        assertThat(SpaceBound.of("[a&b ]")).isEqualTo(1); // one '&' is a character, not an intersection
    }

    @Test
    void lookAroundsAndBoundariesHoldNothing() {
        assertThat(SpaceBound.of("\\bread(?= more)(?<! )")).isZero();
        assertThat(SpaceBound.of("^read$")).isZero();
    }

    @Test
    void repeatsOfWhatMayBeASpaceHaveNoBound() {
        assertThat(SpaceBound.of("read.*")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("a\\s+b")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("[^a]+")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("\\W{2,}")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("\\p{Z}+")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("[ -!]+")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("\\w+\\d*[a-z]{2,}")).isZero();
    }

    @Test
    void whatItCannotReadHasNoBound() {
        assertThat(SpaceBound.of("(?i)read")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("a\\tb")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("(a)\\1")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("[a[b]]")).isEqualTo(SpaceBound.UNBOUNDED);
        assertThat(SpaceBound.of("[a-z&&[^b]]")).isEqualTo(SpaceBound.UNBOUNDED);
    }

    @Test
    void theShippedWholeRulesAreBounded() {
        int bound = TextRules.lines().stream().filter(l -> l.kind().equals("whole"))
                .mapToInt(l -> SpaceBound.of(l.body())).max().orElseThrow();
        assertThat(bound).isLessThan(20);
    }

    @Test
    void spacesAreWhatCharacterCallsWhiteSpaceOrASpace() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            assertThat(SpaceBound.isSpace(c)).as("U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
        }
    }
}
