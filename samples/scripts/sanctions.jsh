// Prints a table of the sanctions events found in a folder of articles.
//
//   jshell --class-path core/target/dateline-core.jar samples/scripts/sanctions.jsh
//
// The folder is samples/articles unless given by -R-Ddateline.dir=DIR (jshell passes -R
// options to the VM that runs the snippets) or by the DATELINE_DIR environment variable.
// Sanctions: CAMEO 163 (impose embargo, boycott or sanctions), 1312 (threaten sanctions),
// 085 (ease economic sanctions); asserted and planned ones (negated and hypothetical are left out).

import java.nio.file.*;
import java.util.*;
import java.util.stream.*;
import org.dateline.*;
import org.dateline.event.*;

String dir = System.getProperty("dateline.dir",
        Objects.requireNonNullElse(System.getenv("DATELINE_DIR"), "samples/articles"));
Set<String> SANCTIONS = Set.of("163", "1312", "085");

String who(org.dateline.actor.Actor a) { return a == null ? "?" : a.entity(); }

// One line of evidence, cut to fit a terminal row.
String trimmed(String s, int max) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
}

List<Path> files;
try (Stream<Path> s = Files.list(Path.of(dir))) {
    files = s.filter(p -> p.toString().matches(".*\\.(html?|txt)(\\.gz)?$")).sorted().toList();
}

System.out.printf("%-10s  %-4s  %-6s  %-6s  %-8s  %s%n", "date", "code", "source", "target", "modality", "sentence");
int found = 0;
for (Path file : files) {
    ArticleEvents result;
    try {
        result = Dateline.extract(file);
    } catch (java.io.IOException e) {
        System.out.println("skipped " + file.getFileName() + ": " + e.getMessage());
        continue;
    }
    for (Event e : result.events()) {
        if (!SANCTIONS.contains(e.action().code()) || e.modality() == Modality.NEGATED
                || e.modality() == Modality.HYPOTHETICAL) {
            continue;
        }
        System.out.printf("%-10s  %-4s  %-6s  %-6s  %-8s  %s%n", Objects.toString(e.date(), "?"),
                e.action().code(), who(e.source()), who(e.target()), e.modality().json(),
                trimmed(e.evidence() == null ? "" : e.evidence().text(), 80));
        found++;
    }
}
System.out.println(found + " sanctions events in " + files.size() + " articles from " + dir);
/exit
