package org.dateline.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.List;
import org.dateline.ArticleEvents;
import org.dateline.action.CameoCode;
import org.dateline.actor.Actor;
import org.dateline.article.Article;
import org.dateline.article.PublicationDate;
import org.dateline.event.DateSource;
import org.dateline.event.Event;
import org.dateline.event.Evidence;
import org.dateline.event.Modality;
import org.junit.jupiter.api.Test;

/** The JSON contract of the README: names and meanings users script against. */
class JsonReportTest {
    private static final String SENTENCE = "Putin recognized the two regions on Monday.";

    @Test
    void writesTheDocumentedFields() {
        Event e = new Event("2022-02-21", null, DateSource.RELATIVE, "on Monday",
                new CameoCode("054", "grant diplomatic recognition", 1, 6.0), "recognized",
                new Actor("Vladimir Putin", "RUS", "GOV"), null, Modality.ASSERTED,
                new Evidence(SENTENCE, 10, 10 + SENTENCE.length()));
        Article a = new Article("x.html", "Recognition", "..." + SENTENCE,
                new PublicationDate(LocalDate.of(2022, 2, 22), "meta article:published_time"), List.of());

        JsonObject article = JsonParser.parseString(JsonReport.toJson(List.of(new ArticleEvents(a, List.of(e)))))
                .getAsJsonObject().getAsJsonArray("articles").get(0).getAsJsonObject();

        assertThat(article.get("file").getAsString()).isEqualTo("x.html");
        assertThat(article.get("title").getAsString()).isEqualTo("Recognition");
        assertThat(article.get("published").getAsString()).isEqualTo("2022-02-22");
        JsonObject event = article.getAsJsonArray("events").get(0).getAsJsonObject();
        assertThat(event.get("date").getAsString()).isEqualTo("2022-02-21");
        assertThat(event.has("end")).as("end is optional").isFalse();
        assertThat(event.get("dateSource").getAsString()).isEqualTo("relative");
        assertThat(event.get("cameo").getAsString()).isEqualTo("054");
        assertThat(event.get("action").getAsString()).isEqualTo("grant diplomatic recognition");
        assertThat(event.get("quadClass").getAsInt()).isEqualTo(1);
        assertThat(event.get("goldstein").getAsDouble()).isEqualTo(6.0);
        assertThat(event.getAsJsonObject("source").get("entity").getAsString()).isEqualTo("RUS");
        assertThat(event.getAsJsonObject("source").get("role").getAsString()).isEqualTo("GOV");
        assertThat(event.get("target").isJsonNull()).isTrue();
        assertThat(event.get("modality").getAsString()).isEqualTo("asserted");
        JsonObject evidence = event.getAsJsonObject("evidence");
        assertThat(evidence.get("text").getAsString()).isEqualTo(SENTENCE);
        assertThat(evidence.get("end").getAsInt() - evidence.get("start").getAsInt()).isEqualTo(SENTENCE.length());
    }

    @Test
    void writesNullForAMissingPublicationDate() {
        Article a = new Article("t.txt", "", "text", null, List.of("no publication date found"));
        JsonObject article = JsonParser.parseString(JsonReport.toJson(List.of(new ArticleEvents(a, List.of()))))
                .getAsJsonObject().getAsJsonArray("articles").get(0).getAsJsonObject();
        assertThat(article.get("published").isJsonNull()).isTrue();
        assertThat(article.getAsJsonArray("problems").get(0).getAsString()).isEqualTo("no publication date found");
    }
}
