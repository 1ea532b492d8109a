package org.dateline.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {
    @Test
    void identicalTextsScorePerfectlyWhateverTheirSpacingAndPunctuation() {
        ShingleMetric.PageScore s = ShingleMetric.score("Kyiv, Moscow and Minsk signed it.", "Kyiv Moscow\n\nand Minsk signed it");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void extraAndMissedShinglesAreNormalisedPerPage() {
        // expected: a b c d e (2 shingles); predicted: a b c d x (2 shingles, 1 shared)
        ShingleMetric.PageScore s = ShingleMetric.score("a b c d x", "a b c d e");
        assertThat(s.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.fn()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.precision()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void shortTextsAreOneShingleAndRepeatsCount() {
        assertThat(ShingleMetric.shingles("only three words")).containsEntry("only three words", 1);
        assertThat(ShingleMetric.shingles("a b c d a b c d")).containsEntry("a b c d", 2);
        assertThat(ShingleMetric.shingles("Привет, мир")).containsEntry("Привет мир", 1);
    }

    @Test
    void pagesWithNothingPredictedAreLeftOutOfPrecision() {
        ShingleMetric.Summary s = ShingleMetric.summarise(List.of(
                ShingleMetric.score("", "a b c d e"), ShingleMetric.score("a b c d e", "a b c d e")));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
    }
}
