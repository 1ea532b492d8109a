package org.dateline.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dateline.eval.Events.asserted;
import static org.dateline.eval.Events.event;
import static org.dateline.eval.Events.gold;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dateline.ArticleEvents;
import org.dateline.article.Article;
import org.dateline.article.PublicationDate;
import org.dateline.event.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {
    private static final GoldArticle GOLD = new GoldArticle("a.html", "2014-03-18",
            List.of(gold("2014-03-18", "057", "RUS", "UKR"), gold("2014-03-17", "163", "USA", "RUS")),
            List.of("Russia expels five diplomats"));

    @Test
    void scoresOneArticle() {
        Article article = new Article("a.html", "", "text",
                new PublicationDate(LocalDate.of(2014, 3, 17), "byline text"), List.of());
        ArticleResult r = Evaluation.score(GOLD, new ArticleEvents(article, List.of(
                asserted("2014-03-18", "057", "RUS", "CRI"),
                event("2014-03-18", "161", "RUS", null, Modality.ASSERTED, "Russia expels five diplomats"))));
        assertThat(r.score()).isEqualTo(new Score(1, 1, 1));
        assertThat(r.sameTarget()).isZero();
        assertThat(r.sameCode()).isEqualTo(1);
        assertThat(r.publicationDateWrong()).isTrue();
        assertThat(r.gotPublished()).isEqualTo("2014-03-17");
        assertThat(r.violations()).hasSize(1);
    }

    @Test
    void noDateFoundIsAWrongDateUnlessGoldHasNoneEither() {
        Article undated = new Article("a.html", "", "text", null, List.of());
        assertThat(Evaluation.score(GOLD, new ArticleEvents(undated, List.of())).publicationDateWrong()).isTrue();
        GoldArticle none = new GoldArticle("a.html", null, List.of(), List.of());
        assertThat(Evaluation.score(none, new ArticleEvents(undated, List.of())).publicationDateWrong()).isFalse();
    }

    @Test
    void badGoldFilesAreOneLineEachAndTheRestIsEvaluated(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        Path gold = Files.createDirectory(dir.resolve("gold"));
        Files.writeString(articles.resolve("ok.txt"), "Russia annexed Crimea.\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("lonely.txt"), "Nothing.\n", StandardCharsets.UTF_8);
        Files.writeString(gold.resolve("ok.json"), """
                {"article": "ok.txt", "published": null, "events": [
                  {"date": "2014-03-18", "cameo": "192", "source": "RUS", "target": "UKR",
                   "modality": "asserted", "evidence": "annexed Crimea"}], "mustNot": []}""");
        Files.writeString(gold.resolve("broken.json"), "{\"article\": ");
        Files.writeString(gold.resolve("missing.json"),
                "{\"article\": \"gone.html\", \"published\": null, \"events\": []}");
        Files.writeString(gold.resolve("README.md"), "not gold");

        EvaluationReport report = Evaluation.evaluate(articles, gold);

        assertThat(report.errors()).hasSize(2).allSatisfy(e -> assertThat(e).doesNotContain("\n"));
        assertThat(report.errors().get(0)).startsWith("broken.json: not valid JSON");
        assertThat(report.errors().get(1)).isEqualTo("missing.json: names a missing article: gone.html");
        assertThat(report.articles()).extracting(ArticleResult::article).containsExactly("ok.txt");
        assertThat(report.overall().falseNegatives() + report.overall().truePositives()).isEqualTo(1);
        assertThat(report.withoutGold()).containsExactly("lonely.txt");

        StringWriter printed = new StringWriter();
        ReportPrinter.print(report, new PrintWriter(printed));
        assertThat(printed.toString()).contains("ok.txt", "overall (micro-averaged, 1 articles)",
                "publication dates wrong:", "must-not violations:", "target entity agrees",
                "articles without gold: lonely.txt");
    }
}
