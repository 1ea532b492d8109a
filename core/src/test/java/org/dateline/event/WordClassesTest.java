package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;
import org.junit.jupiter.api.Test;

class WordClassesTest {
    private static final long PRONOUNS = WordClasses.of("he", "she", "they");
    private static final long SUBJECTS = WordClasses.of("they", "russia");

    @Test
    void eachTokenGetsTheBitsOfEveryListItIsIn() {
        long[] in = WordClasses.in(Vocabulary.ids(Tokenizer.tokenize("They said Russia and she agreed")), 1, 5);
        assertThat(in).hasSize(4);
        assertThat(in[0] & (PRONOUNS | SUBJECTS)).isZero(); // said
        assertThat(in[1] & (PRONOUNS | SUBJECTS)).isEqualTo(SUBJECTS); // Russia: by its normal form
        assertThat(in[2] & (PRONOUNS | SUBJECTS)).isZero(); // and
        assertThat(in[3] & (PRONOUNS | SUBJECTS)).isEqualTo(PRONOUNS);
        assertThat(WordClasses.in(Vocabulary.ids(Tokenizer.tokenize("They")), 0, 1)[0] & (PRONOUNS | SUBJECTS))
                .isEqualTo(PRONOUNS | SUBJECTS);
    }

    @Test
    void listsAreDistinctBits() {
        assertThat(Long.bitCount(PRONOUNS)).isEqualTo(1);
        assertThat(PRONOUNS & SUBJECTS).isZero();
    }
}
