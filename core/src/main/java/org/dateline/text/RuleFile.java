package org.dateline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the rule files every stage keeps its data in: one entry per line, fields separated by
 * {@code |}, {@code #} starts a comment line, blank lines are ignored. Loaders report a bad line
 * as "file:line: reason" and go on with the others.
 */
public final class RuleFile {
    /** One entry: where it is and its trimmed fields. */
    public record Line(String file, int number, String text, List<String> fields) {
        /** "file:line: reason", the form every bad rule is reported in. */
        public String problem(String reason) {
            return file + ":" + number + ": " + reason;
        }

        /** The field at i, or "" when the line has fewer. */
        public String field(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }
    }

    private RuleFile() {
    }

    /** Reads the entries of a rule file. */
    public static List<Line> read(String file, Reader reader) {
        try {
            return readChecked(file, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Like {@link #read}, for callers that report an unreadable file themselves. */
    public static List<Line> readChecked(String file, Reader reader) throws IOException {
        List<Line> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String s;
            int number = 0;
            while ((s = in.readLine()) != null) {
                number++;
                String t = s.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                List<String> fields = Arrays.stream(t.split("\\|", -1)).map(String::strip).toList();
                out.add(new Line(file, number, t, fields));
            }
        }
        return out;
    }

    /** Reads a rule file bundled next to a class, e.g. {@code resource(Gazetteer.class, "states.txt")}. */
    public static List<Line> resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + owner.getPackageName() + "/" + name);
        }
        String file = owner.getPackageName().replace('.', '/') + "/" + name;
        return read(file, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
