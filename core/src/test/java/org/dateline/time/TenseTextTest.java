package org.dateline.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenseTextTest {
    @Test
    void theSentenceAroundAnExpression() {
        String text = "He said so. Talks resume on Monday in Sept. 14 rounds! Next";
        TenseText t = TenseText.read(text);
        int monday = text.indexOf("Monday");
        assertThat(t.sentenceStart(monday)).isEqualTo(text.indexOf(". Talks") + 1);
        assertThat(t.sentenceEnd(monday + 6)).isEqualTo(text.indexOf('!'));
        assertThat(t.sentenceEnd(text.length())).isEqualTo(text.length());
    }

    @Test
    void aLongSentenceIsCutAtTheWindow() {
        String text = "x ".repeat(200);
        TenseText t = TenseText.read(text);
        assertThat(t.sentenceStart(300)).isEqualTo(180);
        assertThat(t.sentenceEnd(100)).isEqualTo(220);
        assertThat(t.sentenceStart(50)).isZero();
    }

    @Test
    void theCuesOfBothKinds() {
        String text = "They said the talks will resume.";
        TenseText t = TenseText.read(text);
        assertThat(t.future().next(0, 0, text.length())).isEqualTo(text.indexOf("will"));
        assertThat(t.past().next(0, 0, text.length())).isEqualTo(text.indexOf("said"));
        assertThat(t.past().next(6, 0, text.length())).isEqualTo(-1);
    }
}
