package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;
import org.junit.jupiter.api.Test;

class GroupPhrasesTest {
    private static final GroupPhrases PHRASES = new GroupPhrases(List.of(List.of("both", "sides"),
            List.of("the", "two", "presidents"), List.of("both", "leaders")));

    private static int[] ids(String text) {
        return Vocabulary.ids(Tokenizer.tokenize(text));
    }

    @Test
    void marksWhereEachPhraseStartsAndEnds() {
        // tokens: The two presidents met and both sides agreed .
        byte[] at = PHRASES.in(ids("The two presidents met and both sides agreed."), 0, 9);
        assertThat(at).containsExactly(GroupPhrases.STARTS, 0, GroupPhrases.ENDS, 0, 0, GroupPhrases.STARTS,
                GroupPhrases.ENDS, 0, 0);
    }

    @Test
    void aPhraseMustLieWithinTheTokensAsked() {
        int[] tokens = ids("They urged both sides");
        assertThat(PHRASES.in(tokens, 0, 3)).containsExactly(0, 0, 0);
        assertThat(PHRASES.in(tokens, 2, 4)).containsExactly(GroupPhrases.STARTS, GroupPhrases.ENDS);
    }

    @Test
    void aOneWordPhraseBothStartsAndEnds() {
        GroupPhrases one = new GroupPhrases(List.of(List.of("they")));
        assertThat(one.in(ids("they met"), 0, 2))
                .containsExactly(GroupPhrases.STARTS | GroupPhrases.ENDS, 0);
    }
}
