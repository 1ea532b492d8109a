package org.dateline.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.Test;

class MainTextReadingTest {
    private static final String P1 = "Russia recognised the independence of the Donetsk and Luhansk people's "
            + "republics on Monday, a move Western governments condemned as a breach of international law.";
    private static final String P2 = "President Vladimir Putin signed the decrees in the Kremlin, hours after a "
            + "televised meeting of his Security Council at which officials spoke in favour, one after another.";

    private static String readInAWalkOfTheWholePage(Document page) {
        MainTextReading reading = MainTextExtractor.standard().reading(page);
        NodeTraversor.traverse(reading, page);
        return reading.text(page.getElementsByTag("script"));
    }

    @Test
    void readsWhatTheExtractorReadsInAWalkOfItsOwn() {
        String[] pages = {
            "<html><head><title>t</title><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav>"
                    + "<article><h1>Headline</h1><p>" + P1 + "</p><script>skip()</script><div hidden><p>" + P2
                    + "</p></div><p>" + P2 + "</p></article><footer>© Example</footer></body></html>",
            "<body hidden><p>" + P1 + "</p></body>",
            "<p>" + P1 + "</p><!-- after --><p style='display: none'>" + P2 + "</p>",
            "<html><head></head><frameset><frame src=a></frameset></html>",
            "",
        };
        for (String html : pages) {
            Document page = Jsoup.parse(html);
            assertThat(readInAWalkOfTheWholePage(page)).as(html).isEqualTo(MainTextExtractor.standard().extract(page));
        }
        assertThat(readInAWalkOfTheWholePage(Jsoup.parse(pages[0]))).isEqualTo(P1 + "\n\n" + P2);
    }
}
