package org.dateline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.ArticleEvents;
import org.dateline.Dateline;
import org.dateline.output.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract [--published YYYY-MM-DD] FILE|DIR...}: prints one JSON document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the events of the given articles (HTML, .txt, .gz; folders are read "
                + "recursively) as one JSON document.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date to use instead of the one the article carries.")
    LocalDate published;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles or folders of articles.")
    List<Path> files;

    @Override
    public Integer call() {
        Inputs inputs = new Inputs(spec.commandLine().getErr());
        List<ArticleEvents> results = new ArrayList<>();
        inputs.each(inputs.articles(files), file -> Dateline.read(file, published), Dateline::events, results::add);
        spec.commandLine().getOut().println(JsonReport.toJson(results));
        return inputs.failed() == 0 ? 0 : 1;
    }
}
