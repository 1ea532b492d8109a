package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GoldReaderTest {
    @Test
    void readsEventsWithNullActorsAndMustNot() throws Exception {
        GoldArticle g = GoldReader.parse("""
                {"article": "2014-03-18-crimea.html", "published": "2014-03-18",
                 "events": [
                   {"date": "2014-03-18", "cameo": "057", "source": "RUS", "target": "UKR",
                    "modality": "asserted", "evidence": "signed a treaty"},
                   {"date": "2014-07", "cameo": "195", "source": null, "target": "NLD",
                    "modality": "planned", "evidence": "shot down"}],
                 "mustNot": ["would constitute a violation"]}""");
        assertThat(g.article()).isEqualTo("2014-03-18-crimea.html");
        assertThat(g.published()).isEqualTo("2014-03-18");
        assertThat(g.events()).extracting(GoldEvent::root).containsExactly("05", "19");
        assertThat(g.events().get(1).source()).isNull();
        assertThat(g.mustNot()).containsExactly("would constitute a violation");
    }

    @Test
    void publishedMayBeNull() throws Exception {
        assertThat(GoldReader.parse("{\"article\": \"a.txt\", \"published\": null, \"events\": []}")
                .published()).isNull();
    }

    @Test
    void namesTheFieldAtFault() {
        assertThatThrownBy(() -> GoldReader.parse("{\"article\": \"a.txt\", \"events\": "
                + "[{\"date\": \"2014-03-18\", \"cameo\": \"5\", \"modality\": \"asserted\"}]}"))
                .isInstanceOf(GoldException.class).hasMessageContaining("events[0].cameo");
        assertThatThrownBy(() -> GoldReader.parse("{\"article\": \"a.txt\", \"events\": "
                + "[{\"date\": \"18 March 2014\", \"cameo\": \"057\", \"modality\": \"asserted\"}]}"))
                .hasMessageContaining("events[0].date");
        assertThatThrownBy(() -> GoldReader.parse("{\"article\": \"a.txt\", \"events\": "
                + "[{\"date\": \"2014\", \"cameo\": \"057\", \"modality\": \"negated\"}]}"))
                .hasMessageContaining("modality");
        assertThatThrownBy(() -> GoldReader.parse("{\"events\": []}"))
                .hasMessageContaining("\"article\" is missing");
    }

    @Test
    void malformedJsonIsOneLine() {
        assertThatThrownBy(() -> GoldReader.parse("{\"article\": \"a.txt\", \"events\": [}"))
                .isInstanceOf(GoldException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("not valid JSON").doesNotContain("\n"));
        assertThatThrownBy(() -> GoldReader.parse("[1, 2]")).hasMessage("not a JSON object");
    }
}
