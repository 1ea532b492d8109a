package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseTest {
    private static Tense around(String sentence, String expression) {
        int start = sentence.indexOf(expression);
        return new Tense(TenseText.read(sentence), start, start + expression.length());
    }

    @Test
    void theNearestCueDecidesAndOneBeforeWeighsDouble() {
        assertThat(around("Envoys will meet on Tuesday.", "Tuesday").future()).isTrue();
        assertThat(around("Envoys met on Tuesday.", "Tuesday").past()).isTrue();
        assertThat(around("The US said on Tuesday it would lift the freeze.", "Tuesday").past()).isTrue();
        assertThat(around("Votes are due to begin on Friday in the occupied parts.", "Friday").future())
                .isTrue();
        assertThat(around("On Tuesday he is expected in Washington.", "Tuesday").future()).isTrue();
    }

    @Test
    void whatIsSaidAfterTheExpressionHasATenseOfItsOwn() {
        String said = "Putin used his news conference on Thursday to say there would be peace.";
        assertThat(around(said, "Thursday").future()).isFalse();
        assertThat(around("Putin spoke on Thursday to say there would be peace.", "Thursday").past()).isTrue();
        // the speech verb itself is the clause's
        assertThat(around("On Sunday, the police said they had found the bomb.", "Sunday").past()).isTrue();
        assertThat(around("Envoys will meet on Thursday to say what was agreed.", "Thursday").future()).isTrue();
    }

    @Test
    void aClauseOpenedByThatAfterTheExpressionIsNotItsClause() {
        String warned = "Biden warned Russian President Vladimir Putin on Tuesday that the West would respond.";
        assertThat(around(warned, "Tuesday").past()).isTrue();
        assertThat(around("Talks will resume on Monday that were halted in May.", "Monday").future()).isTrue();
        String who = "In an interview on Sunday evening, Friedrich Merz, who is expected to become chancellor, spoke.";
        assertThat(around(who, "Sunday").future()).isFalse();
    }

    @Test
    void aTrailingAttributionGivesTheClauseNoTense() {
        String due = "Mr. Biden is due to speak with Ukraine's President Volodymyr Zelensky on Thursday, the White House said.";
        assertThat(around(due, "Thursday").future()).isTrue();
        assertThat(around("On Thursday, the White House said it was ready.", "Thursday").past()).isTrue();
    }

    @Test
    void aFutureCueAfterTheExpressionCountsWhileItIsAsNearAsThePastOne() {
        assertThat(around("Officials said the talks on Friday will resume.", "Friday").future()).isTrue();
        assertThat(around("Envoys met on Tuesday and they will meet again.", "Tuesday").past()).isTrue();
        assertThat(around("Envoys met on Tuesday and they will meet again.", "Tuesday").future()).isFalse();
        assertThat(around("They met on Friday; talks will go on.", "Friday").past()).isTrue();
    }

    @Test
    void noCueIsNeitherTense() {
        Tense t = around("He travels to Vilnius on Wednesday.", "Wednesday");
        assertThat(t.future()).isFalse();
        assertThat(t.past()).isFalse();
    }

    @Test
    void wordsThatOnlyLookLikeCues() {
        assertThat(around("He will succeed Davison Feb. 1.", "Feb. 1").future()).isTrue();
        assertThat(around("People were wounded next to the U.S. embassy on Friday.", "Friday").past())
                .isTrue();
    }

    @Test
    void abbreviationsDoNotEndTheSentence() {
        assertThat(around("Shares were bought from Sept. 14 to Thursday.", "Thursday").past()).isTrue();
        assertThat(around("He said so. Talks resume on Monday.", "Monday").past()).isFalse();
    }

    @Test
    void aSentenceThatOpensWithTheTimeOfAPastEvent() {
        assertThat(around("In March, the company received an offer.", "March").justPast()).isTrue();
        assertThat(around("The dividend declared is payable Dec. 15.", "Dec. 15").justPast()).isFalse();
    }

    @Test
    void theNearestPastCueIsFoundLookingBackAsInOrder() {
        assertThat(around("Troops said they fought and shelled on Monday.", "Monday").past()).isTrue();
        assertThat(around("Talks were due to resume on Monday, officials said.", "Monday").future()).isTrue();
        assertThat(around("He worked on Mondays", "Monday").past()).isTrue(); // inside a word: the cue before
    }

    @Test
    void aFutureCueFartherThanThePastOneIsNotLookedFor() {
        Tense t = around("He will say the talks ended on Monday.", "Monday");
        assertThat(t.past()).isTrue();
        assertThat(t.future()).isFalse();
        assertThat(around("Envoys will go to Geneva and talks start on Monday.", "Monday").future()).isTrue();
        assertThat(around("He said that envoys will meet on Monday.", "Monday").future()).isTrue();
    }
}
