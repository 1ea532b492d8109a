// Exports the timeline of a date range as a PNG, with no display needed.
//
//   jshell --class-path plugin/target/dateline.jar -R-Djava.awt.headless=true samples/scripts/timeline-png.jsh
//
// Settings (jshell passes -R options to the VM that runs the snippets), with their defaults:
//   -R-Ddateline.dir=samples/articles   the articles
//   -R-Ddateline.from=2014-02           first day shown: yyyy, yyyy-mm or yyyy-mm-dd
//   -R-Ddateline.to=2015-02             last day shown, same forms
//   -R-Ddateline.out=timeline.png       the image (replaced if it exists)
// The same as `java -jar plugin/target/dateline.jar export`, written out so a script can change
// any step: which articles, which events, which lanes.

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.dateline.*;
import org.dateline.timeline.*;
import org.dateline.plugin.export.ImageExport;

Path dir = Path.of(System.getProperty("dateline.dir", "samples/articles"));
String from = System.getProperty("dateline.from", "2014-02");
String to = System.getProperty("dateline.to", "2015-02");
Path out = Path.of(System.getProperty("dateline.out", "timeline.png"));

List<ArticleEntry> entries = new ArrayList<>();
try (Stream<Path> s = Files.list(dir)) {
    for (Path file : s.filter(p -> p.toString().matches(".*\\.(html?|txt)(\\.gz)?$")).sorted().toList()) {
        try {
            entries.add(ArticleEntry.read(file.getFileName().toString(), Dateline.extract(file)));
        } catch (java.io.IOException e) {
            System.out.println("skipped " + file.getFileName() + ": " + e.getMessage());
        }
    }
}

TimelineModel model = new TimelineModel();
model.addArticles(entries);
model.setRange(ViewRange.between(Days.start(from), Days.end(to) + 1));
ImageExport.write(model, out, 1600, 900, true);
System.out.println("wrote " + out + ": " + from + " to " + to + ", " + model.eventsByDay().size()
        + " events drawn from " + entries.size() + " articles");
/exit
