package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dateline.text.Token;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static String longestAt(PhraseIndex<String> index, String text, int i, int to) {
        List<Token> tokens = Tokenizer.tokenize(text);
        PhraseIndex.Entry<String> e = index.longestAt(tokens, Vocabulary.ids(tokens), i, tokens.size() < to ? tokens.size() : to);
        return e == null ? null : e.value();
    }

    @Test
    void theLongestOfNamesSharingTheirFirstWordsWins() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("Russia", "state");
        index.add("Russia's armed forces", "military");
        index.add("Russia's navy", "navy");
        index.add("Russia's", "possessive");
        assertThat(longestAt(index, "Russia's armed forces struck", 0, 99)).isEqualTo("military");
        assertThat(longestAt(index, "Russia's navy sailed", 0, 99)).isEqualTo("navy");
        assertThat(longestAt(index, "Russia's armed men", 0, 99)).isEqualTo("possessive");
        assertThat(longestAt(index, "Russia struck", 0, 99)).isEqualTo("state");
        assertThat(longestAt(index, "Russia's armed forces", 0, 3)).isEqualTo("possessive"); // the sentence ends
    }

    @Test
    void aShorterNameWinsWhereTheLongerOneIsWrittenInTheWrongCase() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("US", "state");
        index.add("US Navy", "navy");
        index.add("us navy", "any case");
        assertThat(longestAt(index, "US Navy ships", 0, 99)).isEqualTo("navy");
        assertThat(longestAt(index, "us navy ships", 0, 99)).isEqualTo("any case");
        assertThat(longestAt(index, "US troops", 0, 99)).isEqualTo("state");
        assertThat(longestAt(index, "us troops", 0, 99)).isNull();
    }

    @Test
    void aLaterEntryForTheSameWordsReplacesTheEarlier() {
        PhraseIndex<String> index = new PhraseIndex<>();
        index.add("United Nations", "first");
        index.add("United Nations", "second");
        assertThat(longestAt(index, "the United Nations said", 1, 99)).isEqualTo("second");
    }
}
