package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PositionsTest {
    private static final int LENGTH = 200;

    @Test
    void nextAndLastAsInASortedSet() {
        Positions set = new Positions(LENGTH);
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < LENGTH; i += 7) {
            set.add(i);
            expected.add(i);
        }
        for (int i = 0; i <= LENGTH; i++) {
            for (int j = i; j <= LENGTH + 3; j += 5) {
                Integer next = expected.ceiling(i);
                assertThat(set.next(i, j)).as("next %d %d", i, j).isEqualTo(next != null && next < j ? next : -1);
                Integer last = expected.lower(j);
                assertThat(set.last(i, j)).as("last %d %d", i, j).isEqualTo(last != null && last >= i ? last : -1);
            }
        }
    }

    @Test
    void anEmptyTextHasNone() {
        Positions set = new Positions(0);
        assertThat(set.next(0, 5)).isEqualTo(-1);
        assertThat(set.last(0, 5)).isEqualTo(-1);
    }
}
