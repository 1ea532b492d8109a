package org.dateline.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dateline.text.Ascii;
import org.dateline.text.RuleFile;

/**
 * Normalisation tables (month names, weekdays, numbers as words...) and pattern macros, read
 * from a resource file whose header states the format. A table gives a rule's pattern the
 * alternatives of {@code %name} and normalises the text of a part named after it.
 */
final class Tables {
    private static final Pattern MACRO_USE = Pattern.compile("%([a-zA-Z][a-zA-Z0-9]*)");

    private final Map<String, Map<String, String>> tables = new HashMap<>();
    private final Map<String, String> macros = new LinkedHashMap<>();

    static Tables load(String resource) {
        Tables t = new Tables();
        try (InputStream in = Tables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new RuleException(resource, 0, "resource not found");
            }
            t.read(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new RuleException(resource, 0, "cannot read: " + e.getMessage());
        }
        return t;
    }

    /** Reads tables from a reader; {@code file} names it in problems. */
    static Tables read(String file, java.io.Reader reader) {
        Tables t = new Tables();
        try {
            t.read(file, new BufferedReader(reader));
        } catch (IOException e) {
            throw new RuleException(file, 0, "cannot read: " + e.getMessage());
        }
        return t;
    }

    private void read(String file, BufferedReader reader) throws IOException {
        Map<String, String> table = null;
        List<String> forms = null;
        String tableName = null;
        boolean caseSensitive = false;
        for (RuleFile.Line ruleLine : RuleFile.readChecked(file, reader)) {
            int n = ruleLine.number();
            String s = ruleLine.text();
            if (s.startsWith("table ")) {
                String[] words = s.split("\\s+");
                if (words.length < 2 || words.length > 3
                        || (words.length == 3 && !words[2].equals("case-sensitive"))) {
                    throw new RuleException(file, n, "expected 'table NAME [case-sensitive]'");
                }
                if (tables.containsKey(words[1]) || macros.containsKey(words[1])) {
                    throw new RuleException(file, n, "table " + words[1] + " defined twice");
                }
                finish(tableName, forms, caseSensitive);
                table = new LinkedHashMap<>();
                forms = new ArrayList<>();
                tableName = words[1];
                caseSensitive = words.length == 3;
                tables.put(tableName, table);
            } else if (s.startsWith("macro ")) {
                String[] words = s.split("\\s+", 3);
                if (words.length < 3) {
                    throw new RuleException(file, n, "expected 'macro NAME REGEX'");
                }
                if (tables.containsKey(words[1]) || macros.containsKey(words[1])) {
                    throw new RuleException(file, n, "macro " + words[1] + " defined twice");
                }
                finish(tableName, forms, caseSensitive);
                tableName = null;
                try {
                    macros.put(words[1], expand(words[2]));
                    Pattern.compile(macros.get(words[1]));
                } catch (RuntimeException e) {
                    throw new RuleException(file, n, "bad macro: " + firstLine(e.getMessage()));
                }
                table = null;
            } else {
                int colon = s.indexOf(": "); // values may hold a colon themselves: "12:00: noon"
                if (table == null || colon <= 0) {
                    throw new RuleException(file, n, "expected 'VALUE: form, form' inside a table");
                }
                String value = s.substring(0, colon).strip();
                for (String form : s.substring(colon + 2).split(",")) {
                    String f = form.strip();
                    if (f.isEmpty()) {
                        throw new RuleException(file, n, "empty form");
                    }
                    String key = key(f);
                    if (table.containsKey(key) && !table.get(key).equals(value)) {
                        throw new RuleException(file, n, "'" + f + "' already means " + table.get(key));
                    }
                    table.put(key, value);
                    forms.add(f);
                }
            }
        }
        finish(tableName, forms, caseSensitive);
    }

    // A table becomes the macro of its forms, longest first so the longest alternative wins.
    private void finish(String name, List<String> forms, boolean caseSensitive) {
        if (name == null) {
            return;
        }
        String alternatives = forms.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(f -> Pattern.quote(f).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        macros.put(name, (caseSensitive ? "(?-i:" : "(?:") + alternatives + ")");
    }

    /** The pattern with every %name replaced by its macro. */
    String expand(String pattern) {
        Matcher m = MACRO_USE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String macro = macros.get(m.group(1));
            if (macro == null) {
                throw new IllegalArgumentException("unknown table or macro %" + m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(macro));
        }
        m.appendTail(out);
        return out.toString();
    }

    boolean hasTable(String name) {
        return tables.containsKey(name);
    }

    /** The value a form normalises to in a table, or null. */
    String lookup(String table, String form) {
        Map<String, String> t = tables.get(table);
        return t == null ? null : t.get(key(form));
    }

    // Forms match whatever their case, spacing and abbreviation dots.
    private static String key(String form) {
        if (isAsciiLettersAndDigits(form)) {
            return Ascii.lowerAscii(form); // the usual form ("March", "fifth"): nothing to drop or join
        }
        String lower = form.toLowerCase(Locale.ROOT).replace(".", "");
        StringBuilder key = new StringBuilder(lower.length());
        boolean inBreak = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean isBreak = c == '-' || c == ' ' || (c >= '\t' && c <= '\r'); // [\s-]
            if (!isBreak) {
                key.append(c);
            } else if (!inBreak) {
                key.append(' '); // a run of breaks becomes one space
            }
            inBreak = isBreak;
        }
        return key.toString().strip();
    }

    private static boolean isAsciiLettersAndDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Ascii.isAsciiLetter(c) && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
