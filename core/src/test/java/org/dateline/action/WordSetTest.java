package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.text.Vocabulary;
import org.junit.jupiter.api.Test;

class WordSetTest {
    @Test
    void aWordIsInTheSetByItsVocabularyId() {
        WordSet set = WordSet.of("wordsettest-the", "wordsettest-an");
        assertThat(set.has(Vocabulary.id("wordsettest-the"))).isTrue();
        assertThat(set.has(Vocabulary.add("wordsettest-other"))).isFalse();
        assertThat(set.has(Vocabulary.UNKNOWN)).isFalse();
        assertThat(WordSet.of(List.of("wordsettest-an")).has(Vocabulary.id("wordsettest-an"))).isTrue();
    }
}
