package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every rule's examples, run against the whole rule set (so that no other rule steals them). */
class RuleExamplesTest {
    private static final LocalDate ANCHOR = LocalDate.of(2022, 2, 17); // a Thursday
    private static final TemporalTagger TAGGER = new TemporalTagger();

    @TestFactory
    Stream<DynamicTest> everyExampleTagsAsItSays() {
        return TAGGER.rules().stream().flatMap(rule -> rule.examples().stream().map(example ->
                DynamicTest.dynamicTest(rule.id() + " (" + rule.file() + ":" + example.line() + ")",
                        () -> check(rule, example))));
    }

    private static void check(Rule rule, Rule.Example example) {
        List<Timex> found = TAGGER.tag(example.sentence(), ANCHOR);
        if (rule.negative()) {
            assertThat(found).as(example.sentence()).isEmpty();
            return;
        }
        assertThat(found).as(example.sentence())
                .anySatisfy(t -> {
                    assertThat(t.text()).isEqualTo(example.extent());
                    assertThat(t.value()).isEqualTo(example.value());
                    assertThat(t.rule()).isEqualTo(rule.id());
                    assertThat(t.type()).isEqualTo(rule.type());
                });
    }
}
