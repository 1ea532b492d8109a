package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void aWordKeepsTheIdItWasFirstGiven() {
        int id = Vocabulary.add("vocabularytest-ceasefire");
        assertThat(Vocabulary.add("vocabularytest-ceasefire")).isEqualTo(id);
        assertThat(Vocabulary.id("vocabularytest-ceasefire")).isEqualTo(id);
        assertThat(Vocabulary.add("vocabularytest-truce")).isNotEqualTo(id);
    }

    @Test
    void tokensAreLookedUpByTheirNormalForm() {
        int id = Vocabulary.add("vocabularytest");
        assertThat(Vocabulary.ids(Tokenizer.tokenize("VocabularyTest nowhere-in-any-list")))
                .containsExactly(id, Vocabulary.UNKNOWN);
    }

    @Test
    void tokensCutWithIdsGetTheIdsAndNormalFormsOfTheVocabulary() {
        int id = Vocabulary.add("vocabularytest-ids");
        int did = Vocabulary.add("did");
        int not = Vocabulary.add("n't");
        TokensWithIds cut = Tokenizer.tokenizeWithIds("VOCABULARYTEST-IDS DIDN’t nowhere-in-any-list");
        assertThat(cut.ids()).containsExactly(id, did, not, Vocabulary.UNKNOWN);
        assertThat(cut.tokens().stream().map(Token::norm))
                .containsExactly("vocabularytest-ids", "did", "n't", "nowhere-in-any-list");
        assertThat(cut.tokens()).isEqualTo(Tokenizer.tokenize("VOCABULARYTEST-IDS DIDN’t nowhere-in-any-list"));
    }
}
