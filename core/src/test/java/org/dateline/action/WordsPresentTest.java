package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsPresentTest {
    @Test
    void onlyTheWordsOfTheSentenceMarkedLastArePresent() {
        int[] ids = {3, 7, -1, 5, 2};
        WordsPresent first = WordsPresent.mark(ids, 0, 2);
        assertThat(first.has(3)).isTrue();
        assertThat(first.has(7)).isTrue();
        assertThat(first.has(5)).isFalse();
        WordsPresent second = WordsPresent.mark(ids, 2, 5); // an unknown word (-1) marks nothing
        assertThat(second.has(5)).isTrue();
        assertThat(second.has(2)).isTrue();
        assertThat(second.has(3)).isFalse();
        assertThat(second.has(1_000_000)).isFalse();
    }

    @Test
    void anIdBeyondAllMarkedSoFarIsMarked() {
        WordsPresent p = WordsPresent.mark(new int[] {100_000}, 0, 1);
        assertThat(p.has(100_000)).isTrue();
        assertThat(p.has(99_999)).isFalse();
    }
}
