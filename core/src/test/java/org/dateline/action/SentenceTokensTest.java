package org.dateline.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;
import org.junit.jupiter.api.Test;

class SentenceTokensTest {
    @Test
    void aWordOccursOnlyWhenOneOfTheSentenceTokensIsIt() {
        int[] ids = new int[3];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = Vocabulary.add("sentencetokenstest" + k);
        }
        List<Token> tokens = Tokenizer.tokenize("the sentencetokenstest0 was cut");
        SentenceTokens sentence = new SentenceTokens(tokens, Vocabulary.ids(tokens), 0, tokens.size());
        assertThat(sentence.hasAny(new int[] {ids[0]})).isTrue();
        assertThat(sentence.hasAny(new int[] {ids[2], ids[1], ids[0]})).isTrue();
        assertThat(sentence.hasAny(new int[] {ids[1], ids[2]})).isFalse();
    }

    @Test
    void theSentenceIsReadFromItsFirstToken() {
        int cut = Vocabulary.add("cut");
        int they = Vocabulary.add("they");
        List<Token> tokens = Tokenizer.tokenize("they cut it. We cut nothing");
        SentenceTokens second = new SentenceTokens(tokens, Vocabulary.ids(tokens), 4, tokens.size());
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.get(0).text()).isEqualTo("We");
        assertThat(second.id(1)).isEqualTo(cut);
        assertThat(second.hasAny(new int[] {cut})).isTrue();
        assertThat(second.hasAny(new int[] {they})).isFalse(); // the sentence before's
    }
}
