package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTest {
    private final TextRules rules = TextRules.standard();

    @Test
    void everyRuleDropsItsExampleAndKeepsItsCounterExample() {
        List<RuleLines.Line> lines = TextRules.lines();
        assertThat(lines).hasSizeGreaterThan(10);
        for (RuleLines.Line line : lines) {
            // "end" rules only act among a text's last paragraphs: they are tested on their own.
            java.util.function.Predicate<String> drops = line.kind().equals("end") ? rules::isClosingAppeal
                    : line.kind().equals("comments") ? rules::opensComments : rules::isBoilerplate;
            assertThat(drops.test(line.example()))
                    .as("%s:%d example \"%s\"", line.file(), line.number(), line.example()).isTrue();
            if (line.counterExample() != null) {
                assertThat(drops.test(line.counterExample()))
                        .as("%s:%d counter-example \"%s\"", line.file(), line.number(), line.counterExample())
                        .isFalse();
            }
        }
    }

    @Test
    void articleSentencesStay() {
        assertThat(rules.isBoilerplate("Russia's foreign ministry said on Tuesday it would read more "
                + "carefully the proposals sent by Washington.")).isFalse();
        assertThat(rules.isBoilerplate("Ukraine's president urged Western leaders to support us with "
                + "air defence, he told reporters in Kyiv.")).isFalse();
        assertThat(rules.isBoilerplate("Related talks are due in Geneva next week.")).isFalse();
        assertThat(rules.isBoilerplate("Advertising revenue fell sharply in 2015, the company said.")).isFalse();
    }

    @Test
    void publisherAppealsGo() {
        assertThat(rules.isBoilerplate("Independent journalism is under threat. Readers like you keep us "
                + "going: please consider a donation today.")).isTrue();
        assertThat(rules.isBoilerplate("Read more: Kremlin dismisses peace plan")).isTrue();
        assertThat(rules.isBoilerplate("ADVERTISEMENT")).isTrue();
        assertThat(rules.isBoilerplate("Sign up for our daily briefing.")).isTrue();
    }

    @Test
    void wholeRulesStillMatchWithTheirClosingPunctuation() {
        assertThat(rules.isBoilerplate("Advertisement . . . ! :")).isTrue();
        assertThat(rules.isBoilerplate("Posted: 10 December 2019 at 18:02 GMT.  ")).isTrue();
        assertThat(rules.isBoilerplate("By Mark Ellison May 16, 2025.")).isTrue();
    }

    @Test
    void readersCommentsOpenWithTheirHeading() {
        assertThat(rules.opensComments("Comments (23) Log in or register to comment.")).isTrue();
        assertThat(rules.opensComments("14 comments")).isTrue();
        assertThat(rules.opensComments("Comments by Lavrov on Tuesday angered Kyiv.")).isFalse();
        assertThat(rules.opensComments("23 people were killed, officials said.")).isFalse();
    }

    @Test
    void closingAppealsGoOnlyFromTheEnd() {
        List<String> text = List.of("Become a member today.", "Kyiv said the talks would resume.",
                "Russia said the same.", "Ukraine and Russia met in Istanbul.", "Become a member today.");
        assertThat(rules.withoutClosingAppeals(text)).containsExactly("Become a member today.",
                "Kyiv said the talks would resume.", "Russia said the same.", "Ukraine and Russia met in Istanbul.");
        assertThat(rules.withoutClosingAppeals(List.of("Become a member today."))).hasSize(1);
    }

    @Test
    void aVerdictAgreesWithTheQuestionsItAnswersAtOnce() {
        List<String> paragraphs = new java.util.ArrayList<>();
        for (RuleLines.Line line : TextRules.lines()) {
            paragraphs.add(line.example());
            if (line.counterExample() != null) {
                paragraphs.add(line.counterExample());
            }
        }
        paragraphs.addAll(List.of("Kyiv said the talks would resume.", "  Become a member today.  ", "sign up ",
                " Sign up", "\tDonate\n", "   "));
        for (String p : paragraphs) {
            TextRules.Verdict verdict = rules.verdict(p);
            assertThat(verdict == TextRules.Verdict.BOILERPLATE).as(p).isEqualTo(rules.isBoilerplate(p));
            if (verdict == TextRules.Verdict.TEXT) {
                assertThat(rules.isClosingAppeal(p)).as(p).isFalse();
            }
        }
    }

    @Test
    void closingAppealsOfJudgedParagraphsGoAsTheOthersDo() {
        List<String> text = List.of("Become a member today.", "Kyiv said the talks would resume.",
                "Russia said the same.", " Please donate today. ", "Become a member today.");
        List<TextRules.Verdict> verdicts = text.stream().map(rules::verdict).toList();
        assertThat(verdicts).doesNotContain(TextRules.Verdict.BOILERPLATE); // as kept paragraphs are
        assertThat(rules.withoutClosingAppeals(text, verdicts)).isEqualTo(rules.withoutClosingAppeals(text))
                .hasSize(3);
    }

    @Test
    void wholeRulesWithoutAPrefixAreTriedWithOrWithoutADigit() {
        TextRules dated = new TextRules(RuleLines.parse("t.txt", List.of("whole (?:\\w+ )?day \\d+ => Monday day 5")));
        assertThat(dated.isBoilerplate("Monday day 5")).isTrue();
        assertThat(dated.isBoilerplate("Monday day five")).isFalse();
        TextRules undated = new TextRules(RuleLines.parse("t.txt", List.of("whole \\w+ news => Kyiv news")));
        assertThat(undated.isBoilerplate("Kyiv news")).isTrue();
        assertThat(undated.isBoilerplate("Kyiv news today")).isFalse();
    }

    @Test
    void startRulesLeaveLongParagraphsAlone() {
        String longOne = "Subscribe " + "word ".repeat(TextRules.START_RULE_MAX_WORDS);
        assertThat(rules.isBoilerplate(longOne)).isFalse();
    }

    @Test
    void badPatternNamesFileLineAndReason() {
        assertThatThrownBy(() -> new TextRules(RuleLines.parse("t.txt", List.of("start (read => Read"))))
                .hasMessageStartingWith("t.txt:1: bad pattern");
        assertThatThrownBy(() -> new TextRules(RuleLines.parse("t.txt", List.of("start Read more => Read more"))))
                .hasMessage("t.txt:1: patterns are matched against lower-cased text: write them in lower case");
        assertThat(new TextRules(RuleLines.parse("t.txt", List.of("start \\bread\\W\\p{L} => read:x"))).isBoilerplate("Read:X"))
                .isTrue();
        assertThatThrownBy(() -> new TextRules(RuleLines.parse("t.txt", List.of("begin read => Read"))))
                .hasMessageStartingWith("t.txt:1: unknown kind \"begin\"");
    }
}
