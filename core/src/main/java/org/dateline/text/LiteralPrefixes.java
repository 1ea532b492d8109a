package org.dateline.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Literal strings, up to {@value #MAX_LENGTH} characters (or as many as asked for), one of which every match of a regular
 * expression starts with, read from the expression itself: {@code \b(?:donate|make a gift)} gives
 * "dona" and "make". A position where the text starts with none of them can be skipped without
 * running the matcher. The answer may be too wide, never too narrow: whatever is not understood
 * (character classes such as {@code \w}, inline flags, back-references) cuts the prefixes short,
 * and an expression that may start with anything has none ({@link #any()}).
 */
final class LiteralPrefixes {
    static final int MAX_LENGTH = 4;
    /** More prefixes than this are not worth keeping apart: they are cut to their first character. */
    private static final int MAX_COUNT = 256;

    /** Null: a match may start with anything. */
    private final Set<String> prefixes;

    private LiteralPrefixes(Set<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The prefixes of a (valid) regular expression. */
    static LiteralPrefixes of(String regex) {
        return of(regex, MAX_LENGTH);
    }

    /**
     * The prefixes, up to {@code maxLength} characters: longer ones turn down more positions,
     * but there are more of them.
     */
    static LiteralPrefixes of(String regex, int maxLength) {
        try {
            Parser parser = new Parser(regex, maxLength);
            Part whole = parser.alternation();
            if (parser.at < regex.length() || whole.strings == null || whole.strings.contains("")) {
                return new LiteralPrefixes(null);
            }
            return new LiteralPrefixes(Set.copyOf(whole.strings));
        } catch (Unsupported e) {
            return new LiteralPrefixes(null);
        }
    }

    /** True when a match may start with any character. */
    boolean any() {
        return prefixes == null;
    }

    /** The prefixes, none empty; only meaningful when not {@link #any()}. */
    Set<String> strings() {
        return prefixes == null ? Set.of() : prefixes;
    }

    /**
     * What a piece of the expression matches. Exact: each of its matches is one of these strings,
     * or starts with one of them that is as long as prefixes may be (a finite language, e.g.
     * {@code (?:the )?}). Not exact: each of its matches starts with one of these. Null strings:
     * nothing is known (as if the set were {""}).
     */
    private record Part(Set<String> strings, boolean exact) {
        static final Part EMPTY = new Part(Set.of(""), true);
        static final Part UNKNOWN = new Part(null, false);

        static Part literal(Set<String> strings) {
            return new Part(strings, true);
        }

        Part orElse(Part other) {
            if (strings == null || other.strings == null) {
                return UNKNOWN;
            }
            Set<String> union = new HashSet<>(strings);
            union.addAll(other.strings);
            return bounded(union, exact && other.exact);
        }

        Part then(Part next, int maxLength) {
            if (!exact) {
                return this; // what follows cannot be known: this part's prefixes stand
            }
            if (next.strings == null) {
                return new Part(strings, false);
            }
            Set<String> joined = new HashSet<>();
            for (String a : strings) {
                if (a.length() == maxLength) {
                    joined.add(a); // long enough: the rest does not matter
                    continue;
                }
                for (String b : next.strings) {
                    String s = a + b;
                    joined.add(s.length() > maxLength ? s.substring(0, maxLength) : s);
                }
            }
            return bounded(joined, next.exact);
        }

        /** Repeated or optional: the prefixes stay, but the strings are no longer the whole match. */
        Part repeated(boolean optional) {
            if (strings == null) {
                return UNKNOWN;
            }
            if (!optional) {
                return new Part(strings, false);
            }
            Set<String> orNothing = new HashSet<>(strings);
            orNothing.add("");
            // Once at most: still exactly these strings or nothing.
            return new Part(orNothing, false);
        }

        private static Part bounded(Set<String> strings, boolean exact) {
            if (strings.size() <= MAX_COUNT) {
                return new Part(strings, exact);
            }
            Set<String> first = new HashSet<>();
            for (String s : strings) {
                first.add(s.isEmpty() ? s : s.substring(0, 1));
            }
            return first.size() <= MAX_COUNT ? new Part(first, false) : UNKNOWN;
        }
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** Recursive descent over the regex syntax the rule files use; anything else is Unsupported. */
    private static final class Parser {
        private final String s;
        private final int maxLength;
        private int at;

        Parser(String s, int maxLength) {
            this.s = s;
            this.maxLength = maxLength;
        }

        Part alternation() {
            Part result = sequence();
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                result = result.orElse(sequence());
            }
            return result;
        }

        private Part sequence() {
            Part result = Part.EMPTY;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                result = result.then(quantified(atom()), maxLength);
            }
            return result;
        }

        private Part quantified(Part atom) {
            if (at >= s.length()) {
                return atom;
            }
            char c = s.charAt(at);
            boolean optional;
            boolean once = false;
            if (c == '?') {
                optional = true;
                once = true;
                at++;
            } else if (c == '*') {
                optional = true;
                at++;
            } else if (c == '+') {
                optional = false;
                at++;
            } else if (c == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                String min = s.substring(at + 1, close).split(",", -1)[0].strip();
                optional = min.equals("0");
                at = close + 1;
            } else {
                return atom;
            }
            if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                at++; // lazy or possessive: the same strings
            }
            if (once && atom.exact && atom.strings != null) {
                // x? matches exactly x's strings or nothing: what follows can still be read.
                Set<String> orNothing = new HashSet<>(atom.strings);
                orNothing.add("");
                return Part.literal(orNothing);
            }
            return atom.repeated(optional);
        }

        private Part atom() {
            char c = s.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape();
                case '^':
                case '$':
                    return Part.EMPTY;
                case '.':
                    return Part.UNKNOWN;
                default:
                    return Part.literal(Set.of(String.valueOf(c)));
            }
        }

        private Part group() {
            boolean lookaround = false;
            if (s.startsWith("?:", at)) {
                at += 2;
            } else if (s.startsWith("?=", at) || s.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (s.startsWith("?<=", at) || s.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (s.startsWith("?", at)) {
                throw new Unsupported(); // flags, named or atomic groups
            }
            Part inner = alternation();
            if (at >= s.length() || s.charAt(at) != ')') {
                throw new Unsupported();
            }
            at++;
            // A look-around consumes nothing: the characters after it start the match.
            return lookaround ? Part.EMPTY : inner;
        }

        private Part characterClass() {
            Set<String> set = new HashSet<>();
            boolean unknown = false;
            if (at < s.length() && s.charAt(at) == '^') {
                unknown = true; // a negated class: too many to list
                at++;
            }
            boolean first = true;
            while (at < s.length() && (s.charAt(at) != ']' || first)) {
                first = false;
                char c = s.charAt(at++);
                if (c == '[' || c == '&') {
                    throw new Unsupported(); // nested classes, intersections
                }
                if (c == '\\') {
                    int escaped = classEscape();
                    if (escaped < 0) {
                        unknown = true; // \w, \p{L}...
                        continue;
                    }
                    c = (char) escaped;
                }
                if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                    at++;
                    char to = s.charAt(at++);
                    if (to == '\\' || to < c || to - c > MAX_COUNT) {
                        throw new Unsupported();
                    }
                    for (char k = c; k <= to; k++) {
                        set.add(String.valueOf(k));
                    }
                } else {
                    set.add(String.valueOf(c));
                }
            }
            if (at >= s.length()) {
                throw new Unsupported();
            }
            at++; // ]
            return unknown ? Part.UNKNOWN : Part.literal(set);
        }

        /** An escape inside a class: the punctuation character it stands for, or -1 for a set (\w, \p{L}). */
        private int classEscape() {
            if (at >= s.length()) {
                throw new Unsupported();
            }
            char c = s.charAt(at++);
            if (!Character.isLetterOrDigit(c)) {
                return c;
            }
            if ("wWsSdDhHvV".indexOf(c) >= 0) {
                return -1;
            }
            if ((c == 'p' || c == 'P') && at < s.length() && s.charAt(at) == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                at = close + 1;
                return -1;
            }
            throw new Unsupported(); // \t, \x41, unicode escapes: not worth the trouble
        }

        private Part escape() {
            if (at >= s.length()) {
                throw new Unsupported();
            }
            char c = s.charAt(at++);
            if ("bBAGzZ".indexOf(c) >= 0) {
                return Part.EMPTY; // boundaries consume nothing
            }
            if ("wWsSdDhHvV".indexOf(c) >= 0) {
                return Part.UNKNOWN;
            }
            if (c == 'p' || c == 'P') {
                if (at < s.length() && s.charAt(at) == '{') {
                    int close = s.indexOf('}', at);
                    if (close < 0) {
                        throw new Unsupported();
                    }
                    at = close + 1;
                } else {
                    at++;
                }
                return Part.UNKNOWN;
            }
            if (Character.isLetterOrDigit(c)) {
                throw new Unsupported(); // \t, \x41, unicode escapes, back-references, \Q...
            }
            return Part.literal(Set.of(String.valueOf(c)));
        }
    }
}
