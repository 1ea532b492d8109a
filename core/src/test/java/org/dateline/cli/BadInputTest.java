package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files among good ones, end to end: one line each, the others still read, no stack trace. */
class BadInputTest {
    private static final String STORY = "Russia and Ukraine signed a ceasefire in Minsk on Friday.";

    @TempDir
    Path dir;

    @Test
    void badFilesGetOneLineEachAndTheRestIsRead() throws IOException {
        Files.write(dir.resolve("a-empty.html"), new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(dir.resolve("b-binary.html"), noise);
        Files.writeString(dir.resolve("c-deep.html"), "<html><body>" + "<div>".repeat(10_000) + "<p>" + STORY
                + "</p>" + "</div>".repeat(10_000) + "</body></html>");
        // declares UTF-8 but is windows-1252: the curly quotes are single bytes
        Files.write(dir.resolve("d-misdeclared.html"), ("<html><head><meta charset='utf-8'>"
                + "<meta property='article:published_time' content='2014-09-06'></head><body><article><p>"
                + "\u201cNo more shooting,\u201d " + STORY + "</p></article></body></html>")
                .getBytes(Charset.forName("windows-1252")));
        Files.writeString(dir.resolve("e-good.txt"), "Minsk\n\nBy A. Writer | 6 September 2014\n\n" + STORY);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "extract", dir.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("dateline: " + dir).doesNotContain("Exception"))
                .anySatisfy(line -> assertThat(line).contains("a-empty.html: "))
                .anySatisfy(line -> assertThat(line).contains("b-binary.html: "));
        JsonArray articles = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("articles");
        assertThat(articles).hasSize(3);
        for (JsonElement a : articles) {
            assertThat(a.getAsJsonObject().getAsJsonArray("events")).as(a.getAsJsonObject().get("file").getAsString())
                    .isNotEmpty();
        }
        String misdeclared = articles.get(1).getAsJsonObject().getAsJsonArray("events").get(0).getAsJsonObject()
                .getAsJsonObject("evidence").get("text").getAsString();
        assertThat(articles.get(1).getAsJsonObject().get("file").getAsString()).isEqualTo("d-misdeclared.html");
        assertThat(misdeclared).doesNotContain("\uFFFD");
    }
}
