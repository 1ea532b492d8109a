package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LazyPositionsTest {
    // The multiples of 7 in a text of 200, and the blocks asked for.
    private static final int LENGTH = 200;

    private static LazyPositions sevens(List<Integer> asked) {
        LazyPositions[] set = new LazyPositions[1];
        set[0] = new LazyPositions(LENGTH, new LazyPositions.Finder(LENGTH) {
            @Override
            void find(int from, int to) {
                asked.add(from);
                for (int i = from; i < to; i++) {
                    if (i % 7 == 0) {
                        set[0].add(i);
                    }
                }
            }
        });
        return set[0];
    }

    @Test
    void nextAndLastAsInASortedSet() {
        LazyPositions set = sevens(new ArrayList<>());
        TreeSet<Integer> expected = new TreeSet<>();
        for (int i = 0; i < LENGTH; i += 7) {
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
    void aBlockIsWorkedOutOnceAndOnlyWhenReached() {
        List<Integer> asked = new ArrayList<>();
        LazyPositions set = sevens(asked);
        assertThat(set.next(70, 80)).isEqualTo(70);
        assertThat(set.next(71, 80)).isEqualTo(77);
        assertThat(set.last(64, 70)).isEqualTo(-1);
        assertThat(asked).containsExactly(64);
        assertThat(set.next(195, LENGTH)).isEqualTo(196);
        assertThat(asked).containsExactly(64, 192);
    }
}
