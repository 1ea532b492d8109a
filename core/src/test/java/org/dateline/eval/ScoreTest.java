package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void precisionRecallF1() {
        Score s = new Score(2, 2, 6);
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(0.25);
        assertThat(s.f1()).isCloseTo(1.0 / 3, within(1e-9));
    }

    @Test
    void emptyIsZeroNotNaN() {
        assertThat(Score.ZERO.precision()).isZero();
        assertThat(Score.ZERO.recall()).isZero();
        assertThat(Score.ZERO.f1()).isZero();
        assertThat(new Score(0, 3, 0).f1()).isZero();
    }

    @Test
    void addingIsMicroAveraging() {
        // One article perfect on 1 event, one with 0 of 9: micro recall is 1/10, not the mean 0.5.
        Score all = new Score(1, 0, 0).plus(new Score(0, 0, 9));
        assertThat(all).isEqualTo(new Score(1, 0, 9));
        assertThat(all.recall()).isEqualTo(0.1);
    }
}
