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
        WordIds words = new WordIds();
        int[] ids = new int[70];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = words.add("sentencetokenstest" + k); // 0 and 64 share a bit of the quick test
        }
        List<Token> tokens = Tokenizer.tokenize("the sentencetokenstest0 was cut");
        SentenceTokens sentence = new SentenceTokens(tokens, Vocabulary.ids(tokens), 0, tokens.size(), words);
        assertThat(sentence.hasAny(new int[] {ids[0]})).isTrue();
        assertThat(sentence.hasAny(new int[] {ids[64]})).isFalse();
        assertThat(sentence.hasAny(new int[] {ids[64], ids[1], ids[0]})).isTrue();
        assertThat(sentence.hasAny(new int[] {ids[1], ids[2]})).isFalse();
    }

    @Test
    void theSentenceIsReadFromItsFirstToken() {
        WordIds words = new WordIds();
        int cut = words.add("cut");
        List<Token> tokens = Tokenizer.tokenize("they cut it. We cut nothing");
        SentenceTokens second = new SentenceTokens(tokens, Vocabulary.ids(tokens), 4, tokens.size(), words);
        assertThat(second.size()).isEqualTo(3);
        assertThat(second.get(0).text()).isEqualTo("We");
        assertThat(second.id(1)).isEqualTo(cut);
        assertThat(second.hasAny(new int[] {cut})).isTrue();
    }
}
