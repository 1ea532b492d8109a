package org.dateline.eval;

import java.io.PrintWriter;
import java.util.Locale;
import org.dateline.event.Event;

/** Prints an {@link EvaluationReport} as the plain-text table {@code dateline evaluate} shows. */
public final class ReportPrinter {
    private static final String ROW = "%-58s %6s %6s %6s %5s %5s %5s%n";

    private ReportPrinter() {
    }

    public static void print(EvaluationReport report, PrintWriter out) {
        print(report, out, false);
    }

    /**
     * Prints the report; with {@code details}, also every missed gold event and every spurious
     * prediction under its article, for whoever is improving the extractor.
     */
    public static void print(EvaluationReport report, PrintWriter out, boolean details) {
        out.printf(Locale.ROOT, ROW, "article", "P", "R", "F1", "gold", "pred", "match");
        for (ArticleResult a : report.articles()) {
            row(out, a.article(), a.score());
            if (details) {
                for (GoldEvent g : a.matching().missed()) {
                    out.printf("    missed: %s%n", describe(g));
                }
                for (Event e : a.matching().spurious()) {
                    out.printf("    spurious: %s%n", describe(e));
                }
            }
            if (a.error() != null) {
                out.printf("    error: %s%n", a.error());
            }
            if (a.publicationDateWrong()) {
                out.printf("    published: expected %s, got %s%n", orNone(a.expectedPublished()),
                        orNone(a.gotPublished()));
            }
            for (MustNotViolation v : a.violations()) {
                out.printf("    must-not \"%s\": %s%n", v.fragment(), describe(v.event()));
            }
        }
        Score all = report.overall();
        out.println();
        row(out, "overall (micro-averaged, " + report.articles().size() + " articles)", all);
        out.printf("publication dates wrong: %d of %d%n", report.publicationDateErrors().size(),
                report.articles().size());
        for (ArticleResult a : report.publicationDateErrors()) {
            out.printf("    %s: expected %s, got %s%n", a.article(), orNone(a.expectedPublished()),
                    orNone(a.gotPublished()));
        }
        out.printf("must-not violations: %d%n", report.violations().size());
        for (MustNotViolation v : report.violations()) {
            out.printf("    %s: \"%s\": %s%n", v.article(), v.fragment(), describe(v.event()));
        }
        int matched = report.matched();
        out.printf(Locale.ROOT, "on %d matched events: target entity agrees %s, exact code agrees %s%n",
                matched, share(report.sameTarget(), matched), share(report.sameCode(), matched));
        if (!report.withoutGold().isEmpty()) {
            out.printf("articles without gold: %s%n", String.join(", ", report.withoutGold()));
        }
        out.flush();
    }

    private static void row(PrintWriter out, String name, Score s) {
        int predicted = s.truePositives() + s.falsePositives();
        int gold = s.truePositives() + s.falseNegatives();
        out.printf(Locale.ROOT, ROW, name, fmt(s.precision()), fmt(s.recall()), fmt(s.f1()),
                gold, predicted, s.truePositives());
    }

    /** One line for an event: date, code, source -> target, modality and the start of its evidence. */
    static String describe(Event e) {
        String evidence = e.evidence() == null ? "" : e.evidence().text().replaceAll("\\s+", " ");
        if (evidence.length() > 90) {
            evidence = evidence.substring(0, 87) + "...";
        }
        return String.format(Locale.ROOT, "%s %s %s->%s %s \"%s\"", e.date(),
                e.action() == null ? "?" : e.action().code(), orNone(Entities.of(e.source())),
                orNone(Entities.of(e.target())), e.modality() == null ? "?" : e.modality().json(),
                evidence);
    }

    /** One line for a gold event, in the same shape as a prediction's. */
    static String describe(GoldEvent g) {
        return String.format(Locale.ROOT, "%s %s %s->%s %s \"%s\"", g.date(), g.cameo(),
                orNone(g.source()), orNone(g.target()), g.modality(), g.evidence() == null ? "" : g.evidence());
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%.1f%%)", part, whole,
                100.0 * part / whole);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String orNone(String s) {
        return s == null ? "none" : s;
    }
}
