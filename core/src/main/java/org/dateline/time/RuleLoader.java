package org.dateline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dateline.text.RuleFile;

/** Reads rule files (the format is stated in each file's header). */
final class RuleLoader {
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private final Tables tables;
    private final Set<String> ids = new HashSet<>();

    RuleLoader(Tables tables) {
        this.tables = tables;
    }

    List<Rule> load(String resource) {
        try (InputStream in = RuleLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleException(resource, 0, "resource not found");
            }
            return read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new RuleException(resource, 0, "cannot read: " + e.getMessage());
        }
    }

    List<Rule> read(String file, BufferedReader reader) throws IOException {
        List<Rule> rules = new ArrayList<>();
        Draft draft = null;
        for (RuleFile.Line ruleLine : RuleFile.readChecked(file, reader)) {
            int n = ruleLine.number();
            String s = ruleLine.text();
            int space = s.indexOf(' ');
            String key = space < 0 ? s : s.substring(0, space);
            String rest = space < 0 ? "" : s.substring(space + 1).strip();
            if (key.equals("rule")) {
                if (draft != null) {
                    rules.add(draft.build(file));
                }
                if (!rest.matches("[a-z0-9][a-z0-9.-]*")) {
                    throw new RuleException(file, n, "expected 'rule ID' (lower case, digits, '.', '-')");
                }
                if (!ids.add(rest)) {
                    throw new RuleException(file, n, "rule " + rest + " defined twice");
                }
                draft = new Draft(rest, n);
                continue;
            }
            if (draft == null) {
                throw new RuleException(file, n, "'" + key + "' before the first 'rule ID' line");
            }
            if (rest.isEmpty()) {
                throw new RuleException(file, n, "'" + key + "' without a value");
            }
            draft.set(file, n, key, rest);
        }
        if (draft != null) {
            rules.add(draft.build(file));
        }
        return rules;
    }

    /** A rule being read: its lines, checked when complete. */
    private final class Draft {
        final String id;
        final int line;
        String type;
        int typeLine;
        String match;
        int matchLine;
        String value;
        int valueLine;
        String mod;
        int modLine;
        String end;
        int endLine;
        final List<Rule.Example> examples = new ArrayList<>();

        Draft(String id, int line) {
            this.id = id;
            this.line = line;
        }

        void set(String file, int n, String key, String rest) {
            switch (key) {
                case "type" -> { type = rest; typeLine = n; }
                case "match" -> { match = rest; matchLine = n; }
                case "value" -> { value = rest; valueLine = n; }
                case "mod" -> { mod = rest; modLine = n; }
                case "end" -> { end = rest; endLine = n; }
                case "example" -> {
                    String[] parts = rest.split("\\s*\\|\\s*");
                    if (parts.length != 3 && parts.length != 1) {
                        throw new RuleException(file, n, "expected 'example SENTENCE | EXTENT | VALUE'"
                                + " (or only SENTENCE for a negative rule)");
                    }
                    examples.add(parts.length == 1 ? new Rule.Example(parts[0], null, null, n)
                            : new Rule.Example(parts[0], parts[1], parts[2], n));
                }
                default -> throw new RuleException(file, n, "unknown key '" + key
                        + "' (known: rule, type, match, value, mod, end, example)");
            }
        }

        Rule build(String file) {
            if (type == null) {
                throw new RuleException(file, line, "rule " + id + " has no 'type'");
            }
            TimexType t = null;
            if (!type.equals("NEGATIVE")) {
                try {
                    t = TimexType.valueOf(type.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new RuleException(file, typeLine, "unknown type '" + type
                            + "' (DATE, TIME, DURATION, SET or NEGATIVE)");
                }
            }
            if (match == null) {
                throw new RuleException(file, line, "rule " + id + " has no 'match'");
            }
            if (match.contains("(?<=") || match.contains("(?<!")) {
                throw new RuleException(file, matchLine, "no lookbehind: the tagger tries a rule"
                        + " where its match starts; match the context and name the tagged part 'extent'");
            }
            Pattern pattern;
            try {
                // Whole words only: a rule never matches inside a longer word or number.
                pattern = Pattern.compile("(?<![\\w])(?:" + tables.expand(match) + ")(?![\\w])",
                        Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new RuleException(file, matchLine, "bad pattern: " + e.getDescription()
                        + " near index " + e.getIndex());
            } catch (IllegalArgumentException e) {
                throw new RuleException(file, matchLine, e.getMessage());
            }
            Set<String> groups = new LinkedHashSet<>();
            Matcher g = GROUP.matcher(match);
            while (g.find()) {
                groups.add(g.group(1));
            }
            if (t != null && value == null) {
                throw new RuleException(file, line, "rule " + id + " has no 'value'");
            }
            if (t == null && (value != null || mod != null || end != null)) {
                throw new RuleException(file, line, "a NEGATIVE rule has no value, mod or end");
            }
            if (examples.isEmpty()) {
                throw new RuleException(file, line, "rule " + id + " has no 'example'");
            }
            for (Rule.Example e : examples) {
                if ((t == null) != (e.extent() == null)) {
                    throw new RuleException(file, e.line(), t == null
                            ? "a NEGATIVE rule's example is only a sentence"
                            : "expected 'example SENTENCE | EXTENT | VALUE'");
                }
            }
            List<String> names = List.copyOf(groups);
            return new Rule(id, t, pattern, new Parts(names, tables), template(file, valueLine, value, names),
                    template(file, modLine, mod, names), template(file, endLine, end, names),
                    List.copyOf(examples), file, line);
        }
    }

    private static Template template(String file, int line, String source, List<String> groups) {
        if (source == null) {
            return null;
        }
        try {
            return Template.parse(source, groups);
        } catch (IllegalArgumentException e) {
            throw new RuleException(file, line, e.getMessage());
        }
    }
}
