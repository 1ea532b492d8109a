package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextLengthTest {
    @Test
    void longerOnlyWhenTheTextIsLonger() {
        List<String> bodies = List.of(
                "<div>By Jane Doe, <time>24 Feb 2022</time></div>",
                "<div>" + "word ".repeat(60) + "</div>",
                "<div>" + "x\u00A0\u200B\u00AD \n".repeat(100) + "</div>",
                "<div><p>" + "ab".repeat(60) + "</p><p>" + "cd".repeat(60) + "</p></div>",
                "<div>\u0001" + "y".repeat(240) + "\u0001</div>",
                "<div><pre>  " + "z ".repeat(119) + "  </pre><script>" + "s".repeat(500) + "</script></div>");
        for (String body : bodies) {
            Element div = Jsoup.parse(body).selectFirst("div");
            for (int limit : new int[] {0, 10, 239, 240, 241, 300}) {
                boolean longer = TextLength.surelyLongerThan(div, limit);
                if (longer) {
                    assertThat(div.text().length()).as(body + " / " + limit).isGreaterThan(limit);
                }
            }
        }
    }

    @Test
    void aLargeBoxIsToldWithoutItsText() {
        Element div = Jsoup.parse("<div>" + "<p>sentence of the story.</p>".repeat(100) + "</div>").selectFirst("div");
        assertThat(TextLength.surelyLongerThan(div, 240)).isTrue();
        assertThat(TextLength.surelyLongerThan(div.selectFirst("p"), 240)).isFalse();
    }
}
