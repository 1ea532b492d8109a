package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {
    @Test
    void readsThePrefixesOfAlternativesGroupsAndClasses() {
        assertThat(LiteralPrefixes.of("\\b(?:donate|make a gift)\\b").strings()).containsExactlyInAnyOrder("dona", "make");
        assertThat(LiteralPrefixes.of("(?:the )?latest").strings()).containsExactlyInAnyOrder("the ", "late");
        assertThat(LiteralPrefixes.of("[$£]\\s?\\d|from").strings()).containsExactlyInAnyOrder("$", "£", "from");
        assertThat(LiteralPrefixes.of("\\(c\\)|©").strings()).containsExactlyInAnyOrder("(c)", "©");
        assertThat(LiteralPrefixes.of("[a-c]x").strings()).containsExactlyInAnyOrder("ax", "bx", "cx");
        assertThat(LiteralPrefixes.of("support [\\w' .-]{1,40}? for").strings()).containsExactly("supp");
        assertThat(LiteralPrefixes.of("ab+c").strings()).containsExactly("ab");
        assertThat(LiteralPrefixes.of("a(?:b|c)*d").strings()).contains("a").allMatch(p -> p.startsWith("a"));
    }

    @Test
    void longerPrefixesWhenAskedFor() {
        assertThat(LiteralPrefixes.of("\\b(?:donate|make a gift)\\b", 8).strings())
                .containsExactlyInAnyOrder("donate", "make a g");
        assertThat(LiteralPrefixes.of("(?:the )?latest", 8).strings()).containsExactlyInAnyOrder("the late", "latest");
        assertThat(LiteralPrefixes.of("our (?:\\w+ )?(?:journalism|work)", 8).strings()).containsExactly("our ");
        assertThat(LiteralPrefixes.of("sign up (?:for|now)", 2).strings()).containsExactly("si");
    }

    @Test
    void whatItCannotTellMayStartAnywhere() {
        assertThat(LiteralPrefixes.of("\\w+ us").any()).isTrue();
        assertThat(LiteralPrefixes.of("(?i)read").any()).isTrue();
        assertThat(LiteralPrefixes.of("a?").any()).isTrue(); // matches the empty string
        assertThat(LiteralPrefixes.of("[^a]b").any()).isTrue();
        assertThat(LiteralPrefixes.of("\\x41").any()).isTrue();
        assertThat(LiteralPrefixes.of("(a)\\1").any()).isTrue(); // back-references are not followed
    }

    @Test
    void lookAroundsConsumeNothing() {
        assertThat(LiteralPrefixes.of("(?<![a-z])(?=s)support").strings()).containsExactly("supp");
        assertThat(LiteralPrefixes.of("^\\bread").strings()).containsExactly("read");
    }
}
