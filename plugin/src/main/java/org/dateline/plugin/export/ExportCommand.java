package org.dateline.plugin.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.plugin.load.ArticleFiles;
import org.dateline.plugin.load.Source;
import org.dateline.timeline.ArticleEntry;
import org.dateline.timeline.Days;
import org.dateline.timeline.LaneMode;
import org.dateline.timeline.TimelineModel;
import org.dateline.timeline.ViewRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline.jar export --out FILE.png|FILE.svg ... FILE|DIR ...}: the timeline drawn with no display. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Draws the timeline of the given articles into a PNG or SVG file; needs no display.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the image to write: .png or .svg")
    Path out;

    @Option(names = "--width", defaultValue = "1920", description = "width in pixels (default ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--height", defaultValue = "1080", description = "height in pixels (default ${DEFAULT-VALUE})")
    int height;

    @Option(names = "--from", paramLabel = "DATE", description = "first day shown: yyyy, yyyy-mm or yyyy-mm-dd")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last day shown (default: the latest event)")
    String to;

    @Option(names = "--lanes", defaultValue = "SOURCE",
            description = "one lane per: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    LaneMode lanes;

    @Option(names = "--force", description = "replace the output file if it exists")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "articles, or folders of articles")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (ImageExport.formatOf(out) == null) {
            err.println("dateline: " + out + ": the name must end in .png or .svg");
            return 2;
        }
        if (!force && Files.exists(out)) {
            err.println("dateline: " + out + " exists; add --force to replace it");
            return 2;
        }
        int fromDay = from == null ? Days.NONE : Days.start(from);
        int toDay = to == null ? Days.NONE : Days.end(to);
        if (from != null && fromDay == Days.NONE || to != null && toDay == Days.NONE) {
            err.println("dateline: --from and --to take yyyy, yyyy-mm or yyyy-mm-dd");
            return 2;
        }
        List<ArticleEntry> entries = new ArrayList<>();
        for (Source s : ArticleFiles.expand(inputs)) {
            try {
                entries.add(ArticleEntry.read(s.name(), s.reader().read()));
            } catch (IOException e) {
                err.println("dateline: " + s.name() + ": " + e.getMessage());
            }
        }
        if (entries.isEmpty()) {
            err.println("dateline: no article could be read");
            return 1;
        }
        TimelineModel model = new TimelineModel();
        model.setLaneMode(lanes);
        model.addArticles(entries);
        ViewRange opening = model.range();
        double lo = fromDay == Days.NONE ? opening.from() : fromDay;
        double hi = toDay == Days.NONE ? opening.to() : toDay + 1;
        if (hi <= lo) {
            err.println("dateline: --to is before --from");
            return 2;
        }
        model.setRange(ViewRange.between(lo, hi));
        ImageExport.write(model, out, width, height, force);
        spec.commandLine().getOut().println("wrote " + out + " (" + width + "x" + height + ", "
                + model.eventsByDay().size() + " events from " + entries.size() + " articles)");
        return 0;
    }
}
