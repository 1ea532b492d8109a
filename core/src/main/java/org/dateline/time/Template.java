package org.dateline.time;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's value (or mod) template: literal text with {@code {...}} slots. A slot is a part of
 * the match by name ({@code {month}}, normalised through the table of that name), or a
 * function of the anchor and reference dates ({@code {shift(day, -1)}}); {@code {a | b}} takes
 * the first alternative that is present. Parsed once when the rules load, so that a bad
 * template is reported with its line, into terms whose functions and arguments are resolved
 * then too: filling one looks nothing up by name.
 */
final class Template {
    private static final Pattern CALL = Pattern.compile("([a-z][a-z0-9]*)\\((.*)\\)");
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9]*");
    private static final Pattern DIGITS_OR_X = Pattern.compile("\\d+|X");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    /** One alternative of a slot: a part (function null, one argument), or a function call. */
    record Term(TemplateFunction function, List<Arg> args) {
    }

    /**
     * An argument as written ("day", "-1", "num", "X"), with what it may stand for worked out
     * once; which of these a function uses is its own business.
     *
     * @param unit      the unit it names, or null
     * @param part      the index of the part it names, or -1
     * @param digitsOrX it is a count written out: digits or "X"
     * @param number    the integer it is ("-1", "+2"), or null
     * @param signed    the index of the part it names after a sign ("-num"), or -1
     * @param negated   it starts with '-'
     */
    record Arg(String text, Unit unit, int part, boolean digitsOrX, Long number, int signed,
               boolean negated) {
        static Arg of(String text, List<String> groups) {
            boolean negated = text.startsWith("-");
            String name = negated || text.startsWith("+") ? text.substring(1) : text;
            Long number = null;
            if (DIGITS.matcher(name).matches()) {
                long n = Long.parseLong(name);
                number = negated ? -n : n;
            }
            return new Arg(text, Unit.named(text), groups.indexOf(text),
                    DIGITS_OR_X.matcher(text).matches(), number, groups.indexOf(name), negated);
        }
    }

    private final String source;
    private final Object[] pieces; // String literal or Term[]
    private final EnumSet<TemplateFunction> called;

    private Template(String source, List<Object> pieces) {
        this.source = source;
        this.pieces = pieces.toArray();
        called = EnumSet.noneOf(TemplateFunction.class);
        for (Object piece : pieces) {
            if (piece instanceof Term[] terms) {
                for (Term term : terms) {
                    if (term.function() != null) {
                        called.add(term.function());
                    }
                }
            }
        }
    }

    /**
     * @param groups the named parts of the rule's pattern
     * @throws IllegalArgumentException with the reason, when the template is bad
     */
    static Template parse(String source, List<String> groups) {
        List<Object> pieces = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf('{', i);
            if (open < 0) {
                pieces.add(source.substring(i));
                break;
            }
            if (open > i) {
                pieces.add(source.substring(i, open));
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed { in " + source);
            }
            List<Term> alternatives = new ArrayList<>();
            for (String alt : source.substring(open + 1, close).split("\\|")) {
                alternatives.add(term(alt.strip(), groups));
            }
            pieces.add(alternatives.toArray(Term[]::new));
            i = close + 1;
        }
        return new Template(source, pieces);
    }

    private static Term term(String s, List<String> groups) {
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
            TemplateFunction function = TemplateFunction.checked(call.group(1), args);
            return new Term(function, args.stream().map(a -> Arg.of(a, groups)).toList());
        }
        if (!NAME.matcher(s).matches()) {
            throw new IllegalArgumentException("bad slot {" + s + "}");
        }
        if (!groups.contains(s)) {
            throw new IllegalArgumentException("the pattern has no part named " + s);
        }
        return new Term(null, List.of(Arg.of(s, groups)));
    }

    /** The filled template, or null when a slot cannot be filled. */
    String fill(Functions f) {
        if (pieces.length == 1) { // most values are one slot ("{month}"): no copy into a builder
            return pieces[0] instanceof Term[] terms ? fill(terms, f) : (String) pieces[0];
        }
        StringBuilder out = new StringBuilder();
        for (Object piece : pieces) {
            String value = piece instanceof Term[] terms ? fill(terms, f) : (String) piece;
            if (value == null) {
                return null;
            }
            out.append(value);
        }
        return out.toString();
    }

    // The first alternative of a slot that can be filled, or null.
    private static String fill(Term[] alternatives, Functions f) {
        for (Term term : alternatives) {
            String value = term.function() == null ? f.part(term.args().get(0).part()) : f.call(term);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** True when some slot calls the function. */
    boolean calls(TemplateFunction function) {
        return called.contains(function);
    }

    @Override
    public String toString() {
        return source;
    }
}
