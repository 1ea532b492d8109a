package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    private static final List<String> TEXTS = List.of("", " ", "\n\n", "Headline\nBody", "  \r\n Headline \r\nBody\n",
            "\u2003Title\u2028next", "one line", "a\rb", "\u00A0nbsp is no white space\u00A0", "\t\fx\u001C");

    @Test
    void findsWhatStripAndLinesFind() {
        for (String text : TEXTS) {
            String stripped = text.strip();
            assertThat(text.substring(PlainText.firstNonBlank(text),
                    Math.max(PlainText.firstNonBlank(text), PlainText.endOfLastNonBlank(text)))).as(text)
                    .isEqualTo(stripped);
            assertThat(PlainText.firstLine(text)).as(text).isEqualTo(stripped.lines().findFirst().orElse(""));
        }
    }

    @Test
    void breadcrumbsAreShortPartsBetweenSeparators() {
        assertThat(PlainText.isBreadcrumb("Newswire | World | Europe")).isTrue();
        assertThat(PlainText.isBreadcrumb("News » Europe » Ukraine")).isTrue();
        assertThat(PlainText.isBreadcrumb("Duma ratifies treaties")).isFalse();
        assertThat(PlainText.isBreadcrumb("Kyiv says talks failed | Moscow blames the West for the breakdown")).isFalse();
    }
}
