package org.dateline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.eval.Evaluation;
import org.dateline.eval.EvaluationReport;
import org.dateline.eval.ReportPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate ARTICLES GOLD}: scores the extractor against hand-made gold events. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score Dateline against gold: precision, recall and F1 per article and "
                + "overall (an event matches on date, CAMEO root and source entity), wrong "
                + "publication dates and must-not violations. Format: samples/gold/README.md.")
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--details", description = "Also list, per article, every missed gold event "
            + "and every spurious prediction.")
    boolean details;

    @Parameters(index = "0", paramLabel = "ARTICLES", description = "Folder of articles.")
    Path articles;

    @Parameters(index = "1", paramLabel = "GOLD", description = "Folder of gold .json files.")
    Path gold;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : new Path[] {articles, gold}) {
            if (!Files.isDirectory(dir)) {
                err.println("dateline: evaluate: " + dir + ": not a folder");
                return 2;
            }
        }
        EvaluationReport report = Evaluation.evaluate(articles, gold);
        ReportPrinter.print(report, spec.commandLine().getOut(), details);
        report.errors().forEach(e -> err.println("dateline: evaluate: " + e));
        err.flush();
        return report.errors().isEmpty() ? 0 : 1;
    }
}
