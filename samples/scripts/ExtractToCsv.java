import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.Dateline;
import org.dateline.actor.Actor;
import org.dateline.event.Event;

/**
 * Writes every event of a folder of articles as CSV (RFC 4180: comma separated, CRLF line ends,
 * fields with a comma, quote or line break in double quotes, quotes doubled).
 *
 * <pre>
 * java -cp core/target/dateline-core.jar samples/scripts/ExtractToCsv.java samples/articles events.csv
 * </pre>
 *
 * Without OUT.csv the CSV goes to standard output. Articles that cannot be read are reported on
 * standard error, one line each, and the rest go on.
 */
public class ExtractToCsv {
    static final List<String> HEADER = List.of("article", "published", "date", "end", "date_source",
            "cameo", "label", "root", "source", "source_name", "target", "target_name", "modality",
            "trigger", "sentence");

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: java -cp dateline-core.jar ExtractToCsv.java DIR [OUT.csv]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            System.err.println("not a folder: " + dir);
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.(html?|txt)(\\.gz)?$"))
                    .sorted().toList();
        }
        Writer out = args.length == 2
                ? Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)
                : new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        int[] rows = {0};
        try (out) {
            writeRow(out, HEADER);
            // all cores, outcomes in the folder's order
            Dateline.extractAll(files, (file, result, failure) -> {
                if (failure != null) {
                    System.err.println(file.getFileName() + ": " + failure);
                    return;
                }
                String published = result.article().published() == null
                        ? "" : result.article().published().date().toString();
                try {
                    for (Event e : result.events()) {
                        writeRow(out, row(file.getFileName().toString(), published, e));
                        rows[0]++;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e); // the output failed: stop
                }
            });
        }
        System.err.println(rows[0] + " events from " + files.size() + " articles");
    }

    static List<String> row(String article, String published, Event e) {
        List<String> r = new ArrayList<>();
        r.add(article);
        r.add(published);
        r.add(e.date());
        r.add(e.end());
        r.add(e.dateSource() == null ? "" : e.dateSource().json());
        r.add(e.action().code());
        r.add(e.action().label());
        r.add(e.action().root());
        r.add(entity(e.source()));
        r.add(e.source() == null ? "" : e.source().name());
        r.add(entity(e.target()));
        r.add(e.target() == null ? "" : e.target().name());
        r.add(e.modality() == null ? "" : e.modality().json());
        r.add(e.trigger());
        r.add(e.evidence() == null ? "" : e.evidence().text());
        return r;
    }

    static String entity(Actor a) {
        return a == null ? "" : a.entity();
    }

    static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields.get(i)));
        }
        out.write("\r\n");
    }

    // RFC 4180: quote only when needed; a quote inside a quoted field is doubled.
    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
