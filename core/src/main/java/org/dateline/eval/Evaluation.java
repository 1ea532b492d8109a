package org.dateline.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.ArticleEvents;
import org.dateline.Dateline;
import org.dateline.article.Article;

/**
 * Scores Dateline against hand-made gold (samples/gold/README.md).
 *
 * <pre>{@code
 * EvaluationReport r = Evaluation.evaluate(Path.of("samples/articles"), Path.of("samples/gold"));
 * System.out.println(r.overall().f1());
 * }</pre>
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Evaluates every {@code *.json} gold file in {@code goldDir} against the article it names in
     * {@code articleDir}. A gold file that is malformed or names a missing article becomes one
     * error line; the rest are still evaluated.
     */
    public static EvaluationReport evaluate(Path articleDir, Path goldDir) throws IOException {
        List<ArticleResult> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Set<String> graded = new HashSet<>();
        for (Path goldFile : goldFiles(goldDir)) {
            String name = goldFile.getFileName().toString();
            GoldArticle gold;
            try {
                gold = GoldReader.read(goldFile);
            } catch (IOException e) {
                errors.add(name + ": " + reason(e));
                continue;
            }
            Path article = articleDir.resolve(gold.article());
            if (!Files.isRegularFile(article)) {
                errors.add(name + ": names a missing article: " + gold.article());
                continue;
            }
            graded.add(gold.article());
            results.add(evaluate(gold, article));
        }
        return new EvaluationReport(results, errors, withoutGold(articleDir, graded));
    }

    /** Extracts one article and scores it; an unreadable article counts all its gold as missed. */
    public static ArticleResult evaluate(GoldArticle gold, Path article) {
        try {
            return score(gold, Dateline.extract(article));
        } catch (IOException e) {
            Matching none = EventMatcher.match(gold.events(), List.of());
            return new ArticleResult(gold.article(), none, gold.published(), null, List.of(),
                    "cannot read article: " + reason(e));
        }
    }

    /** Scores what was extracted from an article against its gold. */
    public static ArticleResult score(GoldArticle gold, ArticleEvents extracted) {
        Article article = extracted.article();
        String published = article.published() == null || article.published().date() == null
                ? null : article.published().date().toString();
        return new ArticleResult(gold.article(),
                EventMatcher.match(gold.events(), extracted.events()),
                gold.published(), published,
                MustNotCheck.violations(gold.article(), gold.mustNot(), extracted.events()),
                null);
    }

    private static List<Path> goldFiles(Path goldDir) throws IOException {
        try (Stream<Path> files = Files.list(goldDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static List<String> withoutGold(Path articleDir, Set<String> graded) throws IOException {
        try (Stream<Path> files = Files.list(articleDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.toLowerCase(Locale.ROOT).matches(".*\\.(html?|txt)(\\.gz)?"))
                    .filter(n -> !graded.contains(n)).sorted().toList();
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
