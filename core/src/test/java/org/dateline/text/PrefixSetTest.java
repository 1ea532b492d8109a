package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixSetTest {
    private final PrefixSet set = new PrefixSet(List.of("dona", "don", "make", "$", "£"));

    @Test
    void findsAStringStartingAtThePosition() {
        assertThat(set.startsAt("please donate", 7)).isTrue();
        assertThat(set.startsAt("dont", 0)).isTrue(); // "don" is enough
        assertThat(set.startsAt("from $5", 5)).isTrue();
        assertThat(set.startsAt("to make it", 3)).isTrue();
    }

    @Test
    void answersNoWhereNoStringStarts() {
        assertThat(set.startsAt("please donate", 0)).isFalse();
        assertThat(set.startsAt("do", 0)).isFalse(); // the text ends first
        assertThat(set.startsAt("mak", 0)).isFalse();
        assertThat(set.startsAt("", 0)).isFalse();
        assertThat(new PrefixSet(List.of()).startsAt("anything", 0)).isFalse();
    }

    @Test
    void answersLikeStartsWithForEveryPosition() {
        String text = "don't make a donation of $5 or £3, madam";
        for (int i = 0; i < text.length(); i++) {
            boolean expected = false;
            for (String s : List.of("dona", "don", "make", "$", "£")) {
                expected |= text.startsWith(s, i);
            }
            assertThat(set.startsAt(text, i)).as("at %d", i).isEqualTo(expected);
        }
    }
}
