package org.dateline.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.dateline.eval.Evaluation;
import org.dateline.eval.EvaluationReport;
import org.dateline.eval.ReportPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Floors under the extractor's figures on the sample corpus (what
 * {@code java -jar core/target/dateline-core.jar evaluate samples/articles samples/gold} prints).
 *
 * <p>These constants only ever move toward better: raise them when the extractor improves,
 * never lower them to make a change pass.
 */
class EvaluationFloorTest {
    // Five articles added on 2026-11-25 (49 articles, 546 gold events; the build of that morning
    // gives F1 0.785 on them all). Raised on 2026-11-25 09:55 UTC from main: F1 0.813, then 0.815
    // (P 0.902, R 0.744; on the first 44 articles 0.818), every publication date right, no
    // must-not violation.

    // 2026-11-25 (session 6): four articles added (53 articles, 576 gold events; the build of the
    // morning gives F1 0.803 on them all, this one 0.831, P 0.904, R 0.769).

    // 2026-11-25 (session 7): seventeen articles added, all written and annotated before Dateline
    // was run on them (the build of the session's start, 4a62bc4: F1 0.667 on the seventeen with
    // their gold as first written, one wrong publication date and one must-not violation among
    // them; 0.803 on all 70); after the fixes they led to, 0.849 (P 0.914, R 0.792) on the 70.

    /** Overall micro-averaged F1 may not fall below this. */
    static final double FLOOR_F1 = 0.848;
    /** Articles whose publication date Dateline gets wrong (or does not find). */
    static final int MAX_DATE_ERRORS = 0;
    /** Asserted or planned events read from sentences that gold says must yield none. */
    static final int MAX_VIOLATIONS = 0;

    private static EvaluationReport report;
    private static String printed;

    @BeforeAll
    static void evaluate() throws IOException {
        report = Evaluation.evaluate(Path.of("articles"), Path.of("gold"));
        StringWriter out = new StringWriter();
        ReportPrinter.print(report, new PrintWriter(out));
        printed = out.toString();
    }

    @Test
    void everyGoldFileIsUsed() {
        assertThat(report.errors()).isEmpty();
        assertThat(report.articles()).isNotEmpty();
    }

    @Test
    void f1StaysAboveItsFloor() {
        assertThat(report.overall().f1()).as(printed).isGreaterThanOrEqualTo(FLOOR_F1);
    }

    @Test
    void publicationDateErrorsStayUnderTheirCeiling() {
        assertThat(report.publicationDateErrors().size()).as(printed).isLessThanOrEqualTo(MAX_DATE_ERRORS);
    }

    @Test
    void mustNotViolationsStayUnderTheirCeiling() {
        assertThat(report.violations().size()).as(printed).isLessThanOrEqualTo(MAX_VIOLATIONS);
    }
}
