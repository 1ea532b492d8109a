package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageParserTest {
    private static final List<String> PAGES = List.of(
            "<html><head><title>One</title><meta charset=utf-8></head><body><p>Kyiv &amp; Kharkiv<br>text</p></body></html>",
            "<custom-card><x-teaser/>Teaser</custom-card><p>Second <b>page<i>nested</b> text",
            "<svg><path d=M0/></svg><math><mi>x</mi></math><table><tr><td>cell</table><x-teaser>open</x-teaser>",
            "no tags at all");

    @Test
    void parsesEachPageAsJsoupParseDoes() {
        for (int round = 0; round < 3; round++) {
            for (String html : PAGES) {
                Document reused = PageParser.parse(html);
                Document fresh = Jsoup.parse(html);
                assertThat(reused.body().text()).isEqualTo(fresh.body().text());
                assertThat(reused.getAllElements().eachAttr("class")).isEqualTo(fresh.getAllElements().eachAttr("class"));
                assertThat(reused.getAllElements().stream().map(e -> e.normalName() + e.childNodeSize()).toList())
                        .isEqualTo(fresh.getAllElements().stream().map(e -> e.normalName() + e.childNodeSize()).toList());
            }
        }
    }

    @Test
    void documentsDoNotShareNodes() {
        Document first = PageParser.parse(PAGES.get(0));
        Document second = PageParser.parse(PAGES.get(0));
        second.body().appendElement("p").text("added");
        assertThat(first.body().text()).isEqualTo("Kyiv & Kharkiv text");
    }

    @Test
    void keepsParsingPastAParserReplacement() {
        for (int i = 0; i <= PageParser.PAGES_PER_PARSER + 1; i++) {
            assertThat(PageParser.parse("<p>page " + i).body().text()).isEqualTo("page " + i);
        }
        String big = "<p>" + "x ".repeat(PageParser.SHARED_MAX_CHARS / 2 + 1);
        assertThat(PageParser.parse(big).body().text()).hasSize(PageParser.SHARED_MAX_CHARS + 1); // "x x ... x"
    }
}
