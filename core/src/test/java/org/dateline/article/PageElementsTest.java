package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageElementsTest {
    @Test
    void collectsWhatEachQueryWouldSelect() {
        Document page = Jsoup.parse("<head><meta name=a content=1><meta name=b><script type='application/ld+json'>{}</script>"
                + "<script>x</script><title class=t>T</title></head><body class=b><p itemprop='DatePublished'>d</p>"
                + "<b itemprop=x>e</b><time datetime=2014-03-18>t</time><time>u</time><h1>A</h1><div><h1 id=h>B</h1>"
                + "<p class=by>c</p><meta content=2><script type=' application/ld+json'>{}</script></div></body>");
        PageElements elements = PageElements.of(page);
        assertThat(elements.metas).isEqualTo(page.getElementsByTag("meta"));
        assertThat(elements.metasWithContent).isEqualTo(page.select("meta[content]"));
        assertThat(elements.scripts).isEqualTo(page.getElementsByTag("script"));
        assertThat(elements.jsonLdScripts).isEqualTo(page.select("script[type=application/ld+json]"));
        assertThat(elements.timesWithDatetime).isEqualTo(page.select("time[datetime]"));
        assertThat(elements.paragraphs).isEqualTo(page.select("p"));
        assertThat(elements.firstH1).isSameAs(page.selectFirst("h1"));
        assertThat(elements.bodyElementsWithAttributes)
                .isEqualTo(page.body().getAllElements().stream().filter(e -> e.attributesSize() > 0).toList());
        assertThat(elements.withItemprop("datePublished"))
                .isEqualTo(page.getElementsByAttributeValue("itemprop", "datePublished"));
        assertThat(elements.withItemprop("datePublished")).hasSize(1);
        for (String name : new String[] {"t", "b", "by", "BY", "x"}) {
            assertThat(elements.ofClass(name)).as(name).isEqualTo(page.getElementsByClass(name));
        }
        assertThat(elements.ofClass("by")).hasSize(1);
    }

    @Test
    void classesAreReadAsGetElementsByClassReadsThem() {
        Document page = Jsoup.parse("<div class='Published  x'>a</div><p class=\"\tpublished\">b</p><b class=publishedx>c</b>"
                + "<i id=published>d</i><span class=''>e</span>");
        assertThat(PageElements.of(page).ofClass("published")).isEqualTo(page.getElementsByClass("published"))
                .hasSize(2);
    }

    @Test
    void aPageWithoutHeadingsOrParagraphsHasNone() {
        PageElements elements = PageElements.of(Jsoup.parse("<div>text</div>"));
        assertThat(elements.firstH1).isNull();
        assertThat(elements.paragraphs).isEmpty();
        assertThat(elements.bodyElementsWithAttributes).isEmpty();
        assertThat(elements.metas).isEmpty();
    }
}
