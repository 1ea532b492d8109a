package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dateline.article.ArticleLoader;
import org.dateline.eval.GoldArticle;
import org.dateline.eval.GoldEvent;
import org.dateline.eval.GoldReader;
import org.dateline.eval.MustNotCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Every gold file is usable and says only what its article says (rules: gold/README.md).
 * Problems are collected so that one run lists them all.
 */
class GoldFilesTest {
    static final Path ARTICLES = Path.of("articles");
    static final Path GOLD = Path.of("gold");

    @Test
    void everyGoldFileParsesAndFitsItsArticle() throws IOException {
        List<Path> goldFiles = goldFiles();
        assertThat(goldFiles).as("gold files").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path file : goldFiles) {
            problems.addAll(check(file));
        }
        assertThat(problems).as("gold problems").isEmpty();
    }

    @Test
    void everyArticleHasGold() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path article : files.sorted().toList()) {
                if (!Files.exists(GOLD.resolve(stem(article) + ".json"))) {
                    missing.add(article.getFileName().toString());
                }
            }
        }
        assertThat(missing).as("articles without gold").isEmpty();
    }

    private static List<String> check(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> problems = new ArrayList<>();
        GoldArticle gold;
        try {
            gold = GoldReader.read(file);
        } catch (IOException e) {
            return List.of(name + ": " + e.getMessage());
        }
        Path article = ARTICLES.resolve(gold.article());
        if (!Files.isRegularFile(article)) {
            return List.of(name + ": names a missing article " + gold.article());
        }
        if (!name.equals(stem(article) + ".json")) {
            problems.add(name + ": should be named " + stem(article) + ".json");
        }
        if (gold.published() != null && !gold.article().startsWith(gold.published())) {
            problems.add(name + ": published " + gold.published() + " differs from the file name's date");
        }
        if (gold.mustNot().size() < 3) {
            problems.add(name + ": fewer than 3 mustNot fragments");
        }
        String mainText = MustNotCheck.normalise(mainText(article));
        String wholePage = MustNotCheck.normalise(decodedPageText(article));
        for (GoldEvent e : gold.events()) {
            if (e.evidence() == null || !mainText.contains(MustNotCheck.normalise(e.evidence()))) {
                problems.add(name + ": evidence not in the article text: " + e.evidence());
            }
        }
        for (String fragment : gold.mustNot()) {
            // (the main text counts as the page: an app's shell shows its text only once run)
            String f = MustNotCheck.normalise(fragment);
            if (!wholePage.contains(f) && !mainText.contains(f)) {
                problems.add(name + ": mustNot fragment not on the page: " + fragment);
            }
        }
        return problems;
    }

    /**
     * The article's main text as Dateline's loader extracts it. The bytes are decoded here with
     * the charset the page declares, so that this test checks the gold, not charset detection.
     */
    static String mainText(Path article) throws IOException {
        String name = article.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return ArticleLoader.fromText(Files.readString(article, StandardCharsets.UTF_8), name).text();
        }
        Charset declared = Jsoup.parse(article.toFile(), null).charset();
        return ArticleLoader.fromHtml(new String(Files.readAllBytes(article), declared), name).text();
    }

    /** The page as a reader sees it, decoded with the charset it declares: boilerplate included. */
    static String decodedPageText(Path article) throws IOException {
        if (article.toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return Files.readString(article, StandardCharsets.UTF_8);
        }
        return Jsoup.parse(article.toFile(), null).text();
    }

    static String stem(Path article) {
        String n = article.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static List<Path> goldFiles() throws IOException {
        try (Stream<Path> files = Files.list(GOLD)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
