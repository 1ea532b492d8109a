package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.dateline.text.RuleFile;
import org.junit.jupiter.api.Test;

class ContextCuesTest {
    private static final ContextCues BUNDLED = new ContextCues();

    @Test
    void phrasesMatchIgnoringCaseOnWordBoundaries() {
        assertThat(BUNDLED.foundIn("Hours later, Obama announced new sanctions.")).isTrue();
        assertThat(BUNDLED.foundIn("He spoke to Merkel (that evening) by phone.")).isTrue();
        assertThat(BUNDLED.foundIn("SHORTLY AFTERWARDS the talks resumed.")).isTrue();
        // looking back from a date is as much a tie to it as looking forward
        assertThat(BUNDLED.foundIn("Hours earlier, Zelensky had called the absence of a timetable absurd.")).isTrue();
        assertThat(BUNDLED.foundIn("Earlier in the day he held talks with Duda.")).isTrue();
        assertThat(BUNDLED.foundIn("Obama announced new sanctions.")).isFalse();
        assertThat(BUNDLED.foundIn("Six hours laterally")).isFalse();
        assertThat(BUNDLED.foundIn("Sixhours later")).isFalse();
    }

    @Test
    void aPhraseStartingWithAnyCharacterIsFound() {
        ContextCues cues = new ContextCues(RuleFile.read("test.txt", new StringReader("échec total\n(later)\n")));
        assertThat(cues.foundIn("Un échec total.")).isTrue();
        assertThat(cues.foundIn("see x(later)y")).isTrue(); // a word boundary lies between a word character and any other
        assertThat(cues.foundIn("later")).isFalse();
    }
}
