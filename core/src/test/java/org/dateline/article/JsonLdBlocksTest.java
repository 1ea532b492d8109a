package org.dateline.article;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdBlocksTest {
    private static JsonLdBlocks blocks(String... json) {
        StringBuilder page = new StringBuilder();
        for (String j : json) {
            page.append("<script type='application/ld+json'>").append(j).append("</script>");
        }
        return new JsonLdBlocks(Jsoup.parse(page.toString()).getElementsByTag("script"));
    }

    @Test
    void onlyBlocksThatCanHoldTheFieldAreGiven() {
        JsonLdBlocks blocks = blocks("{\"@type\":\"WebSite\"}", "{\"datePublished\":\"2022-02-21\"}",
                "{broken \"datePublished\"", "{\"dateCreated\":\"2022-02-20\"}");
        List<JsonElement> found = blocks.thatMayHold("datePublished");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).getAsJsonObject().get("datePublished").getAsString()).isEqualTo("2022-02-21");
        assertThat(blocks.thatMayHold("dateCreated")).hasSize(1);
        assertThat(blocks.thatMayHold("author")).isEmpty();
    }

    @Test
    void aNameSpelledWithEscapesIsStillFound() {
        JsonLdBlocks blocks = blocks("{\"\\u0064atePublished\":\"2022-02-21\"}");
        assertThat(blocks.thatMayHold("datePublished")).singleElement()
                .matches(json -> json.getAsJsonObject().has("datePublished"));
    }

    @Test
    void eachBlockIsParsedOnce() {
        JsonLdBlocks blocks = blocks("{\"datePublished\":\"2022-02-21\",\"dateCreated\":\"2022-02-20\"}");
        assertThat(blocks.thatMayHold("datePublished").get(0)).isSameAs(blocks.thatMayHold("dateCreated").get(0));
    }
}
