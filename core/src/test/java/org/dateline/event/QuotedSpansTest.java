package org.dateline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotedSpansTest {
    private static List<String> quoted(String text) {
        return QuotedSpans.in(text, 0, text.length()).stream().map(s -> text.substring(s[0], s[1])).toList();
    }

    @Test
    void straightAndCurlyQuotesPair() {
        assertThat(quoted("\"One year later, Kyiv stands,\" Biden said. \"Democracy stands.\""))
                .containsExactly("\"One year later, Kyiv stands,\"", "\"Democracy stands.\"");
        assertThat(quoted("“We will respond,” Lavrov said of the “provocation”."))
                .containsExactly("“We will respond,”", "“provocation”");
    }

    @Test
    void aQuoteLeftOpenRunsToTheEnd() {
        assertThat(quoted("He said: “We will not give up.")).containsExactly("“We will not give up.");
        assertThat(quoted("No quotes here.")).isEmpty();
    }

    @Test
    void insideTellsWhetherAnOffsetIsQuoted() {
        String text = "\"Now,\" he said.";
        List<int[]> spans = QuotedSpans.in(text, 0, text.length());
        assertThat(QuotedSpans.inside(spans, text.indexOf("Now"))).isTrue();
        assertThat(QuotedSpans.inside(spans, text.indexOf("said"))).isFalse();
    }
}
