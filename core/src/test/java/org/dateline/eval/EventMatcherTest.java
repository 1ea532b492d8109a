package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.eval.Events.asserted;
import static org.dateline.eval.Events.event;
import static org.dateline.eval.Events.gold;

import java.util.List;
import org.dateline.event.Modality;
import org.junit.jupiter.api.Test;

class EventMatcherTest {
    @Test
    void matchesOnDateRootAndSource() {
        Matching m = EventMatcher.match(List.of(gold("2014-03-18", "057", "RUS", "UKR")),
                List.of(asserted("2014-03-18", "050", "RUS", "USA")));
        assertThat(m.pairs()).hasSize(1);
        assertThat(m.score()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void anyDifferenceInKeyIsAMiss() {
        List<GoldEvent> gold = List.of(gold("2014-03-18", "057", "RUS", "UKR"));
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-03-17", "057", "RUS", "UKR"))).score())
                .isEqualTo(new Score(0, 1, 1));
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-03", "057", "RUS", "UKR"))).score())
                .as("granularity must agree too").isEqualTo(new Score(0, 1, 1));
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-03-18", "163", "RUS", "UKR"))).score())
                .isEqualTo(new Score(0, 1, 1));
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-03-18", "057", "UKR", "RUS"))).score())
                .isEqualTo(new Score(0, 1, 1));
    }

    @Test
    void nullSourceMatchesNullSourceOnly() {
        List<GoldEvent> gold = List.of(gold("2014-07-17", "195", null, "MYS"));
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-07-17", "190", null, null))).pairs()).hasSize(1);
        assertThat(EventMatcher.match(gold, List.of(asserted("2014-07-17", "195", "RUS", "MYS"))).pairs()).isEmpty();
    }

    @Test
    void oneToOne() {
        Matching m = EventMatcher.match(List.of(gold("2015-02-12", "057", "RUS", "UKR")),
                List.of(asserted("2015-02-12", "057", "RUS", "UKR"), asserted("2015-02-12", "057", "RUS", "DEU")));
        assertThat(m.score()).isEqualTo(new Score(1, 1, 0));
    }

    @Test
    void prefersTheGoldEventThatAlsoAgreesOnTargetAndCode() {
        GoldEvent toFrance = gold("2015-02-12", "057", "RUS", "FRA");
        GoldEvent toUkraine = gold("2015-02-12", "057", "RUS", "UKR");
        Matching m = EventMatcher.match(List.of(toFrance, toUkraine),
                List.of(asserted("2015-02-12", "057", "RUS", "UKR")));
        assertThat(m.pairs().get(0).gold()).isSameAs(toUkraine);
        assertThat(m.missed()).containsExactly(toFrance);
    }

    @Test
    void negatedAndHypotheticalPredictionsAreNotScored() {
        Matching m = EventMatcher.match(List.of(gold("2014-03-18", "057", "RUS", "UKR")), List.of(
                event("2014-03-18", "057", "RUS", "UKR", Modality.NEGATED, "Russia did not sign."),
                event("2014-03-18", "163", "USA", "RUS", Modality.HYPOTHETICAL, "would impose"),
                event("2014-03-18", "057", "RUS", "UKR", Modality.PLANNED, "is due to sign")));
        assertThat(m.score()).isEqualTo(new Score(1, 0, 0));
    }

    @Test
    void extensionCodesAreNotScoredAgainstCameoGold() {
        Matching m = EventMatcher.match(List.of(gold("2019-04-24", "020", "UKR", "RUS")), List.of(
                event("2019-04-24", "X01", "RUS", "UKR", Modality.ASSERTED, "Putin issued passports."),
                event("2019-04-24", "020", "UKR", "RUS", Modality.ASSERTED, "Kyiv urged Moscow.")));
        assertThat(m.score()).isEqualTo(new Score(1, 0, 0));
        assertThat(m.spurious()).isEmpty();
    }
}
