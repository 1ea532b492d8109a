package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void bundledListsHaveNoBadLines() {
        assertThat(splitter.problems()).isEmpty();
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Russia annexed Crimea.  Kyiv protested!\n\nThe EU reacted? Yes.";
        for (Sentence s : splitter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(texts(text)).containsExactly("Russia annexed Crimea.", "Kyiv protested!",
                "The EU reacted?", "Yes.");
    }

    @Test
    void everyMarkEndsASentenceInEveryParagraph() {
        // each mark's next place is remembered across paragraphs: none may be skipped
        assertThat(texts("Kyiv waited… Moscow? No! Talks. Then.\n\nMinsk… Ankara! Paris? Rome.\n\nEnd"))
                .containsExactly("Kyiv waited…", "Moscow?", "No!", "Talks.", "Then.", "Minsk…", "Ankara!", "Paris?",
                        "Rome.", "End");
        assertThat(texts("No mark at all\n\nnor here")).containsExactly("No mark at all", "nor here");
    }

    @Test
    void aFootnotesNumberAfterTheStopEndsTheSentence() {
        assertThat(texts("He urged Moscow to de-escalate the violence.7 But the White House has yet to say."))
                .containsExactly("He urged Moscow to de-escalate the violence.7", "But the White House has yet to say.");
        assertThat(texts("Growth was 1.5 percent. Prices rose 2.3 Percent.")).hasSize(2);
        assertThat(texts("Two ships were damaged.[1] The ministry said so.[2][3] Repairs began.[4]"))
                .containsExactly("Two ships were damaged.[1]", "The ministry said so.[2][3]", "Repairs began.[4]");
        assertThat(texts("It was rated [1] by the board. The army said [12] units moved.")).hasSize(2);
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(texts("On Feb. 24, 2022, Russian troops crossed the border. Gen. Valery Gerasimov "
                + "led them. Mr. Putin spoke on Jan. 5. U.S. officials said J. Smith had left."))
                .containsExactly("On Feb. 24, 2022, Russian troops crossed the border.",
                        "Gen. Valery Gerasimov led them.", "Mr. Putin spoke on Jan. 5.",
                        "U.S. officials said J. Smith had left.");
    }

    @Test
    void anAcronymEndsASentenceOnlyBeforeAnOpener() {
        assertThat(texts("Moscow expelled diplomats from the U.S. The next day Washington replied."))
                .containsExactly("Moscow expelled diplomats from the U.S.", "The next day Washington replied.");
        assertThat(texts("He met U.S. Secretary of State Antony Blinken."))
                .containsExactly("He met U.S. Secretary of State Antony Blinken.");
    }

    @Test
    void decimalsAndQuotes() {
        assertThat(texts("Growth fell 2.5 percent. \"We will respond.\" Then he left. \"Why?\" he asked."))
                .containsExactly("Growth fell 2.5 percent.", "\"We will respond.\"", "Then he left.",
                        "\"Why?\" he asked.");
        assertThat(texts("“We will not recognise them,” Lavrov said. “Never.”"))
                .containsExactly("“We will not recognise them,” Lavrov said.", "“Never.”");
    }

    @Test
    void paragraphBreaksAlwaysEndASentence() {
        assertThat(texts("Talks in Minsk\n\nThe leaders met on Wednesday"))
                .containsExactly("Talks in Minsk", "The leaders met on Wednesday");
    }

    @Test
    void aParagraphBreakIsALineOfNothingButSpaces() {
        assertThat(texts("Talks in Minsk\n \t\r\n\n  The leaders met\non Wednesday"))
                .containsExactly("Talks in Minsk", "The leaders met\non Wednesday");
    }

    @Test
    void tokenizerSplitsPossessivesAndNegations() {
        assertThat(Tokenizer.tokenize("Russia's forces didn't stop U.S. pro-Russian 1,000.")
                .stream().map(Token::text).toList())
                .containsExactly("Russia", "'s", "forces", "did", "n't", "stop", "U.S.", "pro-Russian", "1,000", ".");
    }

    @Test
    void aParagraphBreakBetweenTwoOffsetsIsABlankLineWhollyInside() {
        String text = "Kyiv said so.\n \nMoscow denied it.\nLater it agreed.";
        int blank = text.indexOf('\n');
        assertThat(SentenceSplitter.paragraphBreakBetween(text, 0, text.length())).isTrue();
        assertThat(SentenceSplitter.paragraphBreakBetween(text, blank + 1, text.length())).isFalse();
        assertThat(SentenceSplitter.paragraphBreakBetween(text, 0, blank + 2)).isFalse(); // the second line break is outside
        assertThat(SentenceSplitter.paragraphBreakBetween(text, text.indexOf("Moscow"), text.length())).isFalse();
    }
}
