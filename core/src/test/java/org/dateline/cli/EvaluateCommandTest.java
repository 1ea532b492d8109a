package org.dateline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path articles;
    private Path gold;

    @BeforeEach
    void corpus() throws IOException {
        articles = Files.createDirectory(dir.resolve("articles"));
        gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(articles.resolve("2014-03-18-treaty.txt"),
                "Treaty\n\nBy A. Writer | 18 March 2014\n\nPutin signed a treaty with Crimea's leaders on Tuesday.");
        Files.writeString(gold.resolve("2014-03-18-treaty.json"), """
                {"article": "2014-03-18-treaty.txt", "published": "2014-03-18", "events": [
                  {"date": "1999-01-01", "cameo": "057", "source": "RUS", "target": "UKR",
                   "modality": "asserted", "evidence": "signed a treaty"}],
                 "mustNot": ["Read more"]}""");
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void printsFiguresPerArticleAndOverall() {
        assertThat(run("evaluate", articles.toString(), gold.toString())).isZero();
        assertThat(out.toString()).contains("2014-03-18-treaty.txt", "overall (micro-averaged, 1 articles)",
                "publication dates wrong:", "must-not violations: 0");
        assertThat(out.toString()).doesNotContain("missed:");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void detailsListMissedGoldEvents() {
        // The gold date is one no extractor can find, so the event is certainly missed.
        assertThat(run("evaluate", "--details", articles.toString(), gold.toString())).isZero();
        assertThat(out.toString()).contains("missed: 1999-01-01 057 RUS->UKR asserted \"signed a treaty\"");
    }

    @Test
    void badGoldIsOneErrorLineAndExitCodeOne() throws IOException {
        Files.writeString(gold.resolve("broken.json"), "{");
        assertThat(run("evaluate", articles.toString(), gold.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("dateline: evaluate: broken.json: not valid JSON");
        assertThat(out.toString()).contains("2014-03-18-treaty.txt");
    }

    @Test
    void aMissingFolderIsOneLine() {
        assertThat(run("evaluate", dir.resolve("nowhere").toString(), gold.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString().endsWith("nowhere: not a folder");
    }
}
