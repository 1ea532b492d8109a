package org.dateline.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's value (or mod) template: literal text with {@code {...}} slots. A slot is a part of
 * the match by name ({@code {month}}, normalised through the table of that name), or a
 * function of the anchor and reference dates ({@code {shift(day, -1)}}); {@code {a | b}} takes
 * the first alternative that is present. Parsed once when the rules load, so that a bad
 * template is reported with its line.
 */
final class Template {
    private static final Pattern CALL = Pattern.compile("([a-z][a-z0-9]*)\\((.*)\\)");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");

    /** One alternative of a slot: a part name, or a function with its arguments. */
    record Term(String function, List<String> args) {
    }

    private final String source;
    private final List<Object> pieces = new ArrayList<>(); // String literal or List<Term>

    private Template(String source) {
        this.source = source;
    }

    /**
     * @param groups the named parts of the rule's pattern
     * @throws IllegalArgumentException with the reason, when the template is bad
     */
    static Template parse(String source, Set<String> groups) {
        Template t = new Template(source);
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                t.pieces.add(source.substring(i));
                break;
            }
            if (open > i) {
                t.pieces.add(source.substring(i, open));
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in " + source);
            }
            List<Term> alternatives = new ArrayList<>();
            for (String alt : source.substring(open + 1, close).split("\\|")) {
                alternatives.add(term(alt.strip(), groups));
            }
            t.pieces.add(alternatives);
            i = close + 1;
        }
        return t;
    }

    private static Term term(String s, Set<String> groups) {
        Matcher call = CALL.matcher(s);
        if (call.matches()) {
            List<String> args = new ArrayList<>();
            for (String a : call.group(2).split(",")) {
                String arg = a.strip();
                if (arg.isEmpty() && call.group(2).isBlank()) {
                    args.add(arg);
                    break;
                }
                String name = arg.startsWith("-") || arg.startsWith("+") ? arg.substring(1) : arg;
                if (!name.matches("\\d+|X") && Unit.named(name) == null && !groups.contains(name)) {
                    throw new IllegalArgumentException("unknown argument '" + arg + "' in {" + s + "}");
                }
                args.add(arg);
            }
            Functions.check(call.group(1), args);
            return new Term(call.group(1), args);
        }
        if (!NAME.matcher(s).matches()) {
            throw new IllegalArgumentException("bad slot {" + s + "}");
        }
        if (!groups.contains(s)) {
            throw new IllegalArgumentException("the pattern has no part named " + s);
        }
        return new Term(null, List.of(s));
    }

    /** The filled template, or null when a slot cannot be filled. */
    @SuppressWarnings("unchecked")
    String fill(Functions f) {
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            if (piece instanceof String literal) {
                out.append(literal);
                continue;
            }
            String value = null;
            for (Term term : (List<Term>) piece) {
                value = term.function() == null ? f.part(term.args().get(0)) : f.call(term);
                if (value != null) {
                    break;
                }
            }
            if (value == null) {
                return null;
            }
            out.append(value);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return source;
    }
}
