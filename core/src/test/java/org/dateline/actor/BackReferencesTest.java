package org.dateline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dateline.text.Tokenizer;
import org.dateline.text.Vocabulary;
import org.dateline.text.Token;
import org.junit.jupiter.api.Test;

class BackReferencesTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();
    private static final BackReferences RULES = BackReferences.standard();
    private static final LocalDate DAY = LocalDate.of(2024, 1, 24);

    // The actors of a sentence after the memory has seen the earlier ones, as "text=entity".
    private static List<String> read(BackReferences.Memory memory, String sentence) {
        List<Token> tokens = Tokenizer.tokenize(sentence);
        Mentions named = GAZETTEER.mentions(sentence, tokens);
        memory.saw(named.on(DAY));
        memory.sawTitled(sentence, named.on(DAY));
        return memory.resolve(sentence, tokens, Vocabulary.ids(tokens), 0, tokens.size(), named).on(DAY).stream()
                .map(m -> m.text() + "=" + m.actor().entity()).toList();
    }

    @Test
    void bundledRulesHaveNoBadLines() {
        assertThat(RULES.problems()).isEmpty();
    }

    @Test
    void theMinistryIsTheMinistryNamedLast() {
        BackReferences.Memory memory = RULES.memory();
        read(memory, "Ukraine's foreign ministry said nothing.");
        read(memory, "Russia's defence ministry said the plane was shot down.");
        assertThat(read(memory, "The ministry blamed Ukraine.")).containsExactly("The ministry=RUS", "Ukraine=UKR");
    }

    @Test
    void thePrimeMinisterIsTheOneTheArticleNamesMostWithThatTitle() {
        BackReferences.Memory memory = RULES.memory();
        read(memory, "Japanese Prime Minister Fumio Kishida arrived in Kyiv.");
        read(memory, "Kishida met Zelensky.");
        read(memory, "He had come from New Delhi, where he met Indian Prime Minister Narendra Modi.");
        assertThat(read(memory, "The prime minister laid flowers in Bucha.")).containsExactly("The prime minister=JPN", "Bucha=UKR");
        // a title with its country after it names no one named before
        assertThat(read(memory, "The prime minister of India stayed home.")).containsExactly("prime minister of India=IND");
    }

    @Test
    void aCapitalisedTitleIsTheFirstNamedWithItAsOfficialPagesWrite() {
        BackReferences.Memory memory = RULES.memory();
        read(memory, "President of Ukraine Volodymyr Zelenskyy held talks with US President Joe Biden.");
        read(memory, "Biden announced aid. Biden praised Ukraine.");
        assertThat(read(memory, "Yesterday, the President visited the Pentagon.")).contains("the President=UKR");
        assertThat(read(memory, "Later the president spoke.")).containsExactly("the president=USA");
    }

    @Test
    void aTitleIsReadBeforeAName() {
        OfficeTitles titles = OfficeTitles.standard();
        String s = "Germany's chancellor, Olaf Scholz, met Boris Johnson, the British prime minister, in Washington, President of Ukraine Volodymyr Zelensky said.";
        assertThat(titles.officeOf(s, s.indexOf("Olaf"), s.indexOf("Olaf") + 10)).isEqualTo("chancellor");
        assertThat(titles.officeOf(s, s.indexOf("Boris"), s.indexOf("Boris") + 13)).isEqualTo("prime minister");
        assertThat(titles.officeOf(s, s.indexOf("Volodymyr"), s.indexOf("Volodymyr") + 18)).isEqualTo("president");
        // ", President of Ukraine Volodymyr" names no title of Washington
        assertThat(titles.officeOf(s, s.indexOf("Washington"), s.indexOf("Washington") + 10)).isNull();
    }

    @Test
    void theAllianceIsNatoThoughNeverNamedSo() {
        BackReferences.Memory memory = RULES.memory();
        read(memory, "Finland joined NATO on Tuesday.");
        assertThat(read(memory, "Russia warned the alliance.")).containsExactly("Russia=RUS", "the alliance=NATO");
    }

    @Test
    void wordsBeforeTheWordMustFitTheNameAndAnOpeningPlaceNamesTheSide() {
        BackReferences.Memory memory = RULES.memory();
        read(memory, "Russia's foreign ministry condemned the attack.");
        assertThat(read(memory, "The defence ministry has not said more.")).isEmpty(); // not the foreign ministry
        assertThat(read(memory, "The foreign ministry also accused Kyiv.")).containsExactly("The foreign ministry=RUS", "Kyiv=UKR");
        assertThat(read(RULES.memory(), "In Moscow, the foreign ministry warned Kyiv."))
                .containsExactly("Moscow=RUS", "the foreign ministry=RUS", "Kyiv=UKR");
        assertThat(read(RULES.memory(), "In Moscow, the Foreign Ministry warned Kyiv."))
                .containsExactly("Moscow=RUS", "the Foreign Ministry=RUS", "Kyiv=UKR");
    }

    @Test
    void nothingNamedBeforeIsNoActor() {
        assertThat(read(RULES.memory(), "The ministry blamed Ukraine.")).containsExactly("Ukraine=UKR");
    }
}
