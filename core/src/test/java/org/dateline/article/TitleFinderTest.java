package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private static String title(String head, String body) {
        return TitleFinder.find(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
    }

    @Test
    void prefersOpenGraphThenH1ThenTitle() {
        assertThat(title("<meta property=og:title content='Kremlin rejects talks'><title>x</title>", "<h1>y</h1>"))
                .isEqualTo("Kremlin rejects talks");
        assertThat(title("<title>x</title>", "<h1>Kremlin  rejects\ntalks</h1>")).isEqualTo("Kremlin rejects talks");
        assertThat(title("<title>Kremlin rejects talks</title>", "")).isEqualTo("Kremlin rejects talks");
        assertThat(title("", "")).isEmpty();
    }

    @Test
    void stripsSiteNames() {
        assertThat(title("<title>Kremlin rejects talks with Kyiv - Example News</title>", ""))
                .isEqualTo("Kremlin rejects talks with Kyiv");
        assertThat(title("<title>Kremlin rejects talks with Kyiv | World | The Daily Example</title>", ""))
                .isEqualTo("Kremlin rejects talks with Kyiv");
        assertThat(title("<meta property=og:site_name content='The Daily Example'>"
                + "<title>The Daily Example | Kremlin rejects talks</title>", "")).isEqualTo("Kremlin rejects talks");
        // A dash inside a headline stays when nothing marks the tail as a site name.
        assertThat(title("<meta property=og:site_name content=Example>"
                + "<title>Minsk II - what the deal says</title>", "")).isEqualTo("Minsk II - what the deal says");
    }

    @Test
    void normalisesAndCountsWordsAsTheRegexesWould() {
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        for (String s : new String[] {"", " ", "a", " a ", "a  b", "a\tb", "a \n b ", "\u0001a b\u0001", "a\u00A0b",
                "\u2003", " x\u000B\u000Cy\r\n", "\u0001", "Kyiv - Example News ", "one two three four five"}) {
            assertThat(TitleFinder.normalise(s)).as("[%s]", s).isEqualTo(spaces.matcher(s).replaceAll(" ").trim());
            assertThat(TitleFinder.words(s)).as("[%s]", s)
                    .isEqualTo(s.isBlank() ? 0 : spaces.split(s.trim()).length);
        }
    }
}
