package org.dateline.bench;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.Readability4J;
import org.dateline.SharedData;
import org.dateline.article.ArticleLoader;

/**
 * Main-text extraction on the article-extraction-benchmark (181 real pages, hand-cut text):
 * Dateline's extractor and Readability4J side by side, in one run, with the benchmark's shingle
 * metric. Each extractor starts from the page's HTML string (parsing included in its time; for
 * Dateline the whole loading stage: title, publication date, main text). Speed is the best of
 * three alternating rounds after a warm-up round.
 *
 * <pre>mvn -q -pl core test-compile exec:java@maintext [-Dexec.args="--worst 15"]</pre>
 */
public final class MainTextBenchmark {
    private record Page(String id, String url, String html, String expected) {
    }

    private record Result(String name, ShingleMetric.Summary summary, double pagesPerSecond, double mbPerSecond,
                          List<ShingleMetric.PageScore> pages) {
    }

    /** Timed rounds per extractor; the best one counts. */
    private static final int ROUNDS = 3;

    private MainTextBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Optional<Path> data = SharedData.find("data/article-extraction-benchmark");
        if (data.isEmpty()) {
            System.out.println("maintext: ../shared/data/article-extraction-benchmark not found; nothing to measure");
            return;
        }
        int worst = args.length == 2 && args[0].equals("--worst") ? Integer.parseInt(args[1]) : 0;
        List<Page> pages = load(data.get());
        long bytes = pages.stream().mapToLong(p -> p.html().getBytes(StandardCharsets.UTF_8).length).sum();
        BiFunction<String, String, String> ours = (html, url) -> ArticleLoader.fromHtml(html, url).text();
        BiFunction<String, String, String> theirs = (html, url) -> new Readability4J(url, html).parse().getTextContent();
        // Warm both up, then time ROUNDS alternating rounds and keep each one's best: the machine
        // is shared, and a round slowed down by a neighbour says nothing about the extractor.
        run(pages, ours);
        run(pages, theirs);
        double oursBest = Double.MAX_VALUE;
        double theirsBest = Double.MAX_VALUE;
        List<String> oursTexts = null;
        List<String> theirsTexts = null;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            oursTexts = run(pages, ours);
            long t1 = System.nanoTime();
            theirsTexts = run(pages, theirs);
            long t2 = System.nanoTime();
            oursBest = Math.min(oursBest, (t1 - t0) / 1e9);
            theirsBest = Math.min(theirsBest, (t2 - t1) / 1e9);
        }
        Result dateline = result("Dateline", pages, oursTexts, oursBest, bytes);
        Result readability = result("Readability4J 1.0.8", pages, theirsTexts, theirsBest, bytes);
        System.out.printf(Locale.ROOT, "Main text on %d pages (%.1f MB of HTML), article-extraction-benchmark metric%n",
                pages.size(), bytes / 1e6);
        System.out.printf(Locale.ROOT, "%-22s %6s %9s %7s %9s %6s%n", "extractor", "F1", "precision", "recall",
                "pages/s", "MB/s");
        for (Result r : List.of(dateline, readability)) {
            System.out.printf(Locale.ROOT, "%-22s %6.3f %9.3f %7.3f %9.1f %6.1f%n", r.name(), r.summary().f1(),
                    r.summary().precision(), r.summary().recall(), r.pagesPerSecond(), r.mbPerSecond());
        }
        if (worst > 0) {
            printWorst(pages, dateline, readability, worst);
        }
    }

    private static List<String> run(List<Page> pages, BiFunction<String, String, String> extractor) {
        List<String> texts = new ArrayList<>(pages.size());
        for (Page p : pages) {
            texts.add(extractor.apply(p.html(), p.url()));
        }
        return texts;
    }

    private static Result result(String name, List<Page> pages, List<String> texts, double seconds, long bytes) {
        List<ShingleMetric.PageScore> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            scores.add(ShingleMetric.score(texts.get(i), pages.get(i).expected()));
        }
        return new Result(name, ShingleMetric.summarise(scores), pages.size() / seconds, bytes / 1e6 / seconds, scores);
    }

    private static void printWorst(List<Page> pages, Result ours, Result theirs, int n) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> f1(ours.pages().get(i))));
        System.out.printf(Locale.ROOT, "%nworst %d pages for Dateline (F1 ours / Readability4J; P, R ours):%n", n);
        for (int i : order.subList(0, Math.min(n, order.size()))) {
            ShingleMetric.PageScore s = ours.pages().get(i);
            System.out.printf(Locale.ROOT, "%.3f / %.3f  P %.2f R %.2f  %s  %s%n", f1(s), f1(theirs.pages().get(i)),
                    s.precision(), s.recall(), pages.get(i).id().substring(0, 12), pages.get(i).url());
        }
    }

    private static double f1(ShingleMetric.PageScore s) {
        double p = Double.isNaN(s.precision()) ? 0 : s.precision();
        double r = Double.isNaN(s.recall()) ? 0 : s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<Page> load(Path dir) throws IOException {
        JsonObject truth = JsonParser.parseString(Files.readString(dir.resolve("ground-truth.json"))).getAsJsonObject();
        List<Page> pages = new ArrayList<>();
        for (String id : truth.keySet().stream().sorted().toList()) {
            Path file = dir.resolve("html").resolve(id + ".html.gz");
            if (!Files.exists(file)) {
                continue;
            }
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            JsonObject entry = truth.getAsJsonObject(id);
            pages.add(new Page(id, entry.get("url").getAsString(), html, entry.get("articleBody").getAsString()));
        }
        return pages;
    }
}
