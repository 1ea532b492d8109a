package org.dateline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a rule resource: {@code <kind> <body> => <example> [!> <counter-example>]}, with
 * comments and blank lines skipped and each line's number kept for error messages.
 */
final class RuleLines {
    /** One rule line, split into its parts. */
    record Line(String file, int number, String kind, String body, String example, String counterExample) {
        /** An error that names the rule's file and line. */
        IllegalStateException error(String reason) {
            return new IllegalStateException(file + ":" + number + ": " + reason);
        }
    }

    private RuleLines() {
    }

    /** Reads a resource next to this class. A malformed line fails with its file, line and reason. */
    static List<Line> read(String resource) {
        InputStream in = RuleLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": rule file missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read", e);
        }
    }

    static List<Line> parse(String file, List<String> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int space = text.indexOf(' ');
            int arrow = text.indexOf(" => ");
            if (space < 0 || arrow < 0 || arrow <= space) {
                throw new IllegalStateException(file + ":" + (i + 1)
                        + ": expected \"<kind> <rule> => <example>\"");
            }
            String kind = text.substring(0, space);
            String body = text.substring(space + 1, arrow).strip();
            String example = text.substring(arrow + 4).strip();
            String counter = null;
            int not = example.indexOf(" !> ");
            if (not >= 0) {
                counter = example.substring(not + 4).strip();
                example = example.substring(0, not).strip();
            }
            if (body.isEmpty() || example.isEmpty()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": empty rule or example");
            }
            out.add(new Line(file, i + 1, kind, body, example, counter));
        }
        return out;
    }
}
