package org.dateline.eval;

import java.util.List;
import java.util.Objects;

/**
 * How the extractor did on one article.
 *
 * @param article           the article's file name
 * @param matching          gold and predicted events paired
 * @param expectedPublished the gold publication date (ISO), or null
 * @param gotPublished      the publication date Dateline found (ISO), or null
 * @param violations        scored predictions from must-not sentences
 * @param error             why the article could not be read (all its gold then counts as
 *                          missed), or null
 */
public record ArticleResult(String article, Matching matching, String expectedPublished,
                            String gotPublished, List<MustNotViolation> violations, String error) {
    public ArticleResult {
        violations = List.copyOf(violations);
    }

    public Score score() {
        return matching.score();
    }

    public boolean publicationDateWrong() {
        return !Objects.equals(expectedPublished, gotPublished);
    }

    /** Matched events whose target entity also agrees with gold. */
    public int sameTarget() {
        return (int) matching.pairs().stream()
                .filter(p -> EventMatcher.sameTarget(p.gold(), p.predicted())).count();
    }

    /** Matched events whose full CAMEO code (not only its root) agrees with gold. */
    public int sameCode() {
        return (int) matching.pairs().stream()
                .filter(p -> EventMatcher.sameCode(p.gold(), p.predicted())).count();
    }
}
