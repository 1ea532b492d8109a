package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DateElementsTest {
    @Test
    void collectsWhatEachQueryWouldSelect() {
        Document page = Jsoup.parse("<meta name=a content=1><meta name=b><script type='application/ld+json'>{}</script>"
                + "<script>x</script><p itemprop='DatePublished'>d</p><b itemprop=x>e</b><time datetime=2014-03-18>t</time><time>u</time>");
        DateElements elements = DateElements.of(page);
        assertThat(elements.metasWithContent).isEqualTo(page.select("meta[content]"));
        assertThat(elements.jsonLdScripts).isEqualTo(page.select("script[type=application/ld+json]"));
        assertThat(elements.timesWithDatetime).isEqualTo(page.select("time[datetime]"));
        assertThat(elements.withItemprop("datePublished"))
                .isEqualTo(page.getElementsByAttributeValue("itemprop", "datePublished"));
        assertThat(elements.withItemprop("datePublished")).hasSize(1);
    }
}
