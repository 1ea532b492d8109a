package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsOneJsonDocumentForAFolder() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Talks\n\nBy A. Writer | 5 September 2014\n\nThe sides met in Minsk.");
        Files.writeString(dir.resolve("b.html"), "<html><head><title>Sanctions</title>"
                + "<meta property='article:published_time' content='2014-03-17'></head>"
                + "<body><article><h1>Sanctions</h1><p>The EU imposed sanctions on Russia.</p></article></body></html>");
        Files.writeString(dir.resolve("notes.md"), "not an article");

        assertThat(run("extract", dir.toString())).isZero();

        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        assertThat(root.getAsJsonArray("articles")).hasSize(2);
        JsonObject b = root.getAsJsonArray("articles").get(1).getAsJsonObject();
        assertThat(b.get("file").getAsString()).isEqualTo("b.html");
        assertThat(b.get("published").getAsString()).isEqualTo("2014-03-17");
        assertThat(b.has("events")).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void reportsABadFileOnOneLineAndGoesOn() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "Headline\n\nRussia and Ukraine held talks.");
        Path missing = dir.resolve("missing.html");

        assertThat(run("extract", missing.toString(), good.toString())).isEqualTo(1);

        assertThat(err.toString().lines()).singleElement().asString()
                .isEqualTo("dateline: " + missing + ": no such file");
        assertThat(JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("articles")).hasSize(1);
    }

    @Test
    void overridesThePublicationDate() throws IOException {
        Path good = Files.writeString(dir.resolve("undated.txt"), "Headline\n\nRussia and Ukraine held talks.");

        assertThat(run("extract", "--published", "2019-12-09", good.toString())).isZero();

        JsonObject a = JsonParser.parseString(out.toString()).getAsJsonObject()
                .getAsJsonArray("articles").get(0).getAsJsonObject();
        assertThat(a.get("published").getAsString()).isEqualTo("2019-12-09");
        assertThat(a.get("publishedFrom").getAsString()).isEqualTo("override");
    }

    @Test
    void rejectsAMalformedDateInOneLine() {
        assertThat(run("extract", "--published", "yesterday", "x.html")).isNotZero();
        assertThat(err.toString()).contains("--published").doesNotContain("Exception");
    }
}
