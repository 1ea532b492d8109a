package org.dateline.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The characters a regular expression's match can start with, read from the expression itself,
 * so that a position can be skipped without running the matcher. The answer may be too wide,
 * never too narrow: whatever is not understood (character classes such as {@code \w}, inline
 * flags, back-references) counts as "any character", and so does an expression that can match
 * the empty string.
 */
final class FirstChars {
    /** Null: any character may start a match. */
    private final Set<Character> chars;

    private FirstChars(Set<Character> chars) {
        this.chars = chars;
    }

    /** The first characters of a (valid) regular expression. */
    static FirstChars of(String regex) {
        try {
            Parser parser = new Parser(regex);
            Part whole = parser.alternation();
            if (parser.at < regex.length() || whole.nullable) {
                return new FirstChars(null);
            }
            return new FirstChars(whole.first);
        } catch (Unsupported e) {
            return new FirstChars(null);
        }
    }

    /** True when any character may start a match. */
    boolean any() {
        return chars == null;
    }

    /** The characters a match starts with; only meaningful when not {@link #any()}. */
    Set<Character> chars() {
        return chars == null ? Set.of() : Set.copyOf(chars);
    }

    boolean contains(char c) {
        return chars == null || chars.contains(c);
    }

    /** What a piece of the expression starts with, and whether it can match nothing at all. */
    private record Part(Set<Character> first, boolean nullable) {
        static final Part EMPTY = new Part(Set.of(), true);
        static final Part ANY = new Part(null, false);

        static Part union(Part a, Part b, boolean nullable) {
            if (a.first == null || b.first == null) {
                return new Part(null, nullable);
            }
            Set<Character> s = new HashSet<>(a.first);
            s.addAll(b.first);
            return new Part(s, nullable);
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
        private int at;

        Parser(String s) {
            this.s = s;
        }

        Part alternation() {
            Part result = sequence();
            while (at < s.length() && s.charAt(at) == '|') {
                at++;
                Part next = sequence();
                result = Part.union(result, next, result.nullable || next.nullable);
            }
            return result;
        }

        private Part sequence() {
            Part result = Part.EMPTY;
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                Part atom = quantified(atom());
                if (result.nullable) {
                    // Everything up to the first part that must consume a character can start a match.
                    result = Part.union(result, atom, atom.nullable);
                }
            }
            return result;
        }

        private Part quantified(Part atom) {
            if (at >= s.length()) {
                return atom;
            }
            char c = s.charAt(at);
            boolean optional;
            if (c == '?' || c == '*') {
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
                at++; // lazy or possessive: the same characters
            }
            return optional ? new Part(atom.first, true) : atom;
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
                    return Part.ANY;
                default:
                    return new Part(Set.of(c), false);
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
            Set<Character> set = new HashSet<>();
            boolean any = false;
            if (at < s.length() && s.charAt(at) == '^') {
                any = true; // a negated class: too many to list
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
                        any = true; // \w, \p{L}...
                        continue;
                    }
                    c = (char) escaped;
                }
                if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                    at++;
                    char to = s.charAt(at++);
                    if (to == '\\' || to < c || to - c > 256) {
                        throw new Unsupported();
                    }
                    for (char k = c; k <= to; k++) {
                        set.add(k);
                    }
                } else {
                    set.add(c);
                }
            }
            if (at >= s.length()) {
                throw new Unsupported();
            }
            at++; // ]
            return any ? Part.ANY : new Part(set, false);
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
            switch (c) {
                case 'b':
                case 'B':
                case 'A':
                case 'G':
                case 'z':
                case 'Z':
                    return Part.EMPTY; // boundaries consume nothing
                case 'w':
                case 'W':
                case 's':
                case 'S':
                case 'd':
                case 'D':
                case 'h':
                case 'H':
                case 'v':
                case 'V':
                    return Part.ANY;
                case 'p':
                case 'P': {
                    if (at < s.length() && s.charAt(at) == '{') {
                        int close = s.indexOf('}', at);
                        if (close < 0) {
                            throw new Unsupported();
                        }
                        at = close + 1;
                    } else {
                        at++;
                    }
                    return Part.ANY;
                }
                default:
                    if (Character.isLetterOrDigit(c)) {
                        throw new Unsupported(); // \t, \x41, unicode escapes, back-references, \Q...
                    }
                    return new Part(Set.of(c), false);
            }
        }
    }
}
