package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {
    private final Keywords keywords = new Keywords("related", "most-read");

    @Test
    void findsWordsAnywhereIgnoringAsciiCase() {
        assertThat(keywords.foundIn("c-RelatedPosts box")).isTrue();
        assertThat(keywords.foundIn("x Most-Read")).isTrue();
        assertThat(keywords.foundIn("relate d")).isFalse();
        assertThat(keywords.foundIn("")).isFalse();
    }
}
