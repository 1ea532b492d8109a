package org.dateline.eval;

import java.util.List;

/**
 * The results of one evaluation run. Overall figures are micro-averaged: every event counts
 * once, whatever article it is in.
 *
 * @param articles    one result per usable gold file, in gold file order
 * @param errors      one line per gold file that could not be used
 * @param withoutGold article files no gold file names
 */
public record EvaluationReport(List<ArticleResult> articles, List<String> errors,
                               List<String> withoutGold) {
    public EvaluationReport {
        articles = List.copyOf(articles);
        errors = List.copyOf(errors);
        withoutGold = List.copyOf(withoutGold);
    }

    public Score overall() {
        return articles.stream().map(ArticleResult::score).reduce(Score.ZERO, Score::plus);
    }

    public List<ArticleResult> publicationDateErrors() {
        return articles.stream().filter(ArticleResult::publicationDateWrong).toList();
    }

    public List<MustNotViolation> violations() {
        return articles.stream().flatMap(a -> a.violations().stream()).toList();
    }

    public int matched() {
        return overall().truePositives();
    }

    public int sameTarget() {
        return articles.stream().mapToInt(ArticleResult::sameTarget).sum();
    }

    public int sameCode() {
        return articles.stream().mapToInt(ArticleResult::sameCode).sum();
    }
}
