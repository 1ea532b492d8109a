package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FirstCharsTest {
    @Test
    void readsTheFirstCharactersOfAlternativesGroupsAndClasses() {
        assertThat(FirstChars.of("\\b(?:donate|make a gift)\\b").chars()).containsExactlyInAnyOrder('d', 'm');
        assertThat(FirstChars.of("(?:the )?latest").chars()).containsExactlyInAnyOrder('t', 'l');
        assertThat(FirstChars.of("[$£]\\s?\\d|from").chars()).containsExactlyInAnyOrder('$', '£', 'f');
        assertThat(FirstChars.of("\\(c\\)|©").chars()).containsExactlyInAnyOrder('(', '©');
        assertThat(FirstChars.of("[a-c]x").chars()).containsExactlyInAnyOrder('a', 'b', 'c');
        assertThat(FirstChars.of("support [\\w' .-]{1,40}? for").chars()).containsExactly('s');
    }

    @Test
    void whatItCannotTellMayStartAnywhere() {
        assertThat(FirstChars.of("\\w+ us").any()).isTrue();
        assertThat(FirstChars.of("(?i)read").any()).isTrue();
        assertThat(FirstChars.of("a?").any()).isTrue(); // matches the empty string
        assertThat(FirstChars.of("[^a]b").any()).isTrue();
        assertThat(FirstChars.of("\\x41").any()).isTrue();
        assertThat(FirstChars.of("(a)\\1").any()).isTrue(); // back-references are not followed
    }

    @Test
    void lookAroundsConsumeNothing() {
        assertThat(FirstChars.of("(?<![a-z])(?=s)support").chars()).containsExactly('s');
        assertThat(FirstChars.of("^\\bread").chars()).containsExactly('r');
    }
}
