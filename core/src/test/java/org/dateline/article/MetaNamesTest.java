package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetaNamesTest {
    @Test
    void findsMetasByAnyNameAttributeIgnoringCaseInPageOrder() {
        Document page = Jsoup.parse("<meta property='og:Title' content='a'><meta name='DATE' content='b'>"
                + "<meta itemprop='date' name='date' content='c'>");
        MetaNames metas = new MetaNames(page.select("meta[content]"));
        assertThat(metas.named("og:title")).extracting(m -> m.attr("content")).containsExactly("a");
        assertThat(metas.named("date")).extracting(m -> m.attr("content")).containsExactly("b", "c");
        assertThat(metas.named("pubdate")).isEmpty();
    }

    @Test
    void foldsAsEqualsIgnoreCaseDoes() {
        for (String[] pair : new String[][] {{"publıshdate", "PUBLISHDATE"}, {"Date", "dATE"}, {"ſ", "s"}}) {
            assertThat(MetaNames.fold(pair[0]).equals(MetaNames.fold(pair[1])))
                    .isEqualTo(pair[0].equalsIgnoreCase(pair[1]));
        }
    }

    @Test
    void aNameAlreadyFoldedIsFoldedAsAnyOther() {
        for (char c = 0; c < 256; c++) {
            String s = "og:" + c + "x";
            String slow = "og:" + Character.toLowerCase(Character.toUpperCase(c)) + "x";
            assertThat(MetaNames.fold(s)).as("%d", (int) c).isEqualTo(slow);
        }
    }
}
