package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.eval.Events.event;

import java.util.List;
import org.dateline.event.Modality;
import org.junit.jupiter.api.Test;

class MustNotCheckTest {
    @Test
    void fragmentMatchesIgnoringCaseAndWhitespace() {
        var e = event("2014-03-18", "163", "USA", "RUS", Modality.ASSERTED,
                "Read more:  Russia\u00A0EXPELS five\n diplomats");
        List<MustNotViolation> v = MustNotCheck.violations("a.html",
                List.of("russia expels five diplomats", "support our journalism"), List.of(e));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.fragment()).isEqualTo("russia expels five diplomats");
            assertThat(x.article()).isEqualTo("a.html");
            assertThat(x.event()).isSameAs(e);
        });
    }

    @Test
    void negatedAndHypotheticalPredictionsAreNoViolation() {
        var negated = event("2014-03-18", "057", "RUS", "UKR", Modality.NEGATED, "Russia did not sign it.");
        var hypothetical = event("2014-03-18", "190", "RUS", "UKR", Modality.HYPOTHETICAL,
                "An attack would constitute a violation.");
        assertThat(MustNotCheck.violations("a.html", List.of("did not sign", "would constitute a violation"),
                List.of(negated, hypothetical))).isEmpty();
    }

    @Test
    void plannedPredictionIsAViolation() {
        var planned = event("2014-03-18", "036", "RUS", "UKR", Modality.PLANNED,
                "Sign up for our briefing: leaders will meet next week");
        assertThat(MustNotCheck.violations("a.html", List.of("Sign up for our briefing"), List.of(planned)))
                .hasSize(1);
    }
}
