package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkupAttributesTest {
    private static Element first(String html, String tag) {
        return Jsoup.parse(html).selectFirst(tag);
    }

    /** Each value is what Element.attr gives, each presence what Element.hasAttr says. */
    private static void readsAsAttrDoes(Element e) {
        MarkupAttributes m = new MarkupAttributes().read(e);
        assertThat(m.classes).isEqualTo(e.attr("class"));
        assertThat(m.id).isEqualTo(e.attr("id"));
        assertThat(m.ariaLabel).isEqualTo(e.attr("aria-label"));
        assertThat(m.ariaHidden).isEqualTo(e.attr("aria-hidden"));
        assertThat(m.style).isEqualTo(e.attr("style"));
        assertThat(m.itemprop).isEqualTo(e.attr("itemprop"));
        assertThat(m.role).isEqualTo(e.attr("role"));
        assertThat(m.hasHidden()).isEqualTo(e.hasAttr("hidden"));
        assertThat(m.hasStyle()).isEqualTo(e.hasAttr("style"));
        assertThat(m.hasRole()).isEqualTo(e.hasAttr("role"));
    }

    @Test
    void readsTheAttributesThatSayWhatAnElementIs() {
        readsAsAttrDoes(first("<div class='story body' id=main aria-label='Article' role=main itemprop=articleBody>x</div>", "div"));
        readsAsAttrDoes(first("<div hidden style='display: none' aria-hidden=TRUE data-x=1>x</div>", "div"));
        readsAsAttrDoes(first("<div>x</div>", "div"));
        readsAsAttrDoes(first("<div role>x</div>", "div"));
    }

    @Test
    void namesKeptAsWrittenAreMatchedIgnoringCase() {
        Parser keepCase = Parser.htmlParser().settings(ParseSettings.preserveCase);
        Element e = keepCase.parseInput("<div CLASS='a' Class='b' ID=x Hidden>y</div>", "").selectFirst("div");
        readsAsAttrDoes(e);
        assertThat(new MarkupAttributes().read(e).classes).isEqualTo("a");
    }

    @Test
    void forgetsTheLastElement() {
        MarkupAttributes m = new MarkupAttributes();
        m.read(first("<div class=a hidden>x</div>", "div"));
        m.read(first("<p>x</p>", "p"));
        assertThat(m.classes).isEmpty();
        assertThat(m.hasHidden()).isFalse();
    }
}
