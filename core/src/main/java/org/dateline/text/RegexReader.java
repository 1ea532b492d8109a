package org.dateline.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the regular-expression syntax the rule files use, by recursive descent, folding each
 * piece into what a subclass makes of it: the prefixes every match starts with
 * ({@link LiteralPrefixes}), the most spaces a match can hold ({@link SpaceBound}). Groups,
 * alternatives, quantifiers, character classes, escapes and anchors are understood; inline flags,
 * named or atomic groups, back-references, {@code \Q}, control and unicode escapes, nested classes
 * and intersections are not, and make the whole expression unreadable.
 *
 * @param <T> what a piece of the expression becomes
 */
abstract class RegexReader<T> {
    /** What a quantifier allows when it has no upper bound ({@code *}, {@code +}, {@code {2,}}). */
    static final long UNBOUNDED = Long.MAX_VALUE;

    /** Thrown where the expression holds syntax this reader does not understand. */
    static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * A character class: negated or not, its characters as ranges, and the set escapes in it as
     * written without the backslash ("w", "s", "p{L}", "PL").
     */
    record CharacterClass(boolean negated, List<char[]> ranges, List<String> sets) {
    }

    private final String s;
    private int at;

    RegexReader(String regex) {
        this.s = regex;
    }

    /** The whole expression folded, or null when it holds syntax not understood. */
    final T read() {
        try {
            T whole = alternation();
            return at < s.length() ? null : whole;
        } catch (Unsupported e) {
            return null;
        }
    }

    /** What consumes nothing: "^", "$", "\b", a look-around. */
    abstract T nothing();

    /** ".": any one character. */
    abstract T anyCharacter();

    abstract T literal(char c);

    abstract T characterClass(CharacterClass c);

    /** A set escape outside a class, as written without the backslash: "w", "s", "p{L}". */
    abstract T setEscape(String set);

    /** Either of two alternatives. */
    abstract T either(T a, T b);

    /** One piece followed by another. */
    abstract T then(T a, T b);

    /** A piece repeated min to max times (max {@link #UNBOUNDED} when there is no limit). */
    abstract T repeated(T piece, long min, long max);

    private T alternation() {
        T result = sequence();
        while (at < s.length() && s.charAt(at) == '|') {
            at++;
            result = either(result, sequence());
        }
        return result;
    }

    private T sequence() {
        T result = nothing();
        while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
            result = then(result, quantified(atom()));
        }
        return result;
    }

    private T quantified(T atom) {
        if (at >= s.length()) {
            return atom;
        }
        char c = s.charAt(at);
        long min;
        long max;
        if (c == '?' || c == '*' || c == '+') {
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : UNBOUNDED;
            at++;
        } else if (c == '{') {
            int close = s.indexOf('}', at);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] range = s.substring(at + 1, close).split(",", -1);
            try {
                min = Long.parseLong(range[0].strip());
                String last = range[range.length - 1].strip();
                max = last.isEmpty() ? UNBOUNDED : Long.parseLong(last);
            } catch (NumberFormatException e) {
                throw new Unsupported();
            }
            at = close + 1;
        } else {
            return atom;
        }
        if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
            at++; // lazy or possessive: the same matches
        }
        return repeated(atom, min, max);
    }

    private T atom() {
        char c = s.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '^', '$' -> nothing();
            case '.' -> anyCharacter();
            default -> literal(c);
        };
    }

    private T group() {
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
        T inner = alternation();
        if (at >= s.length() || s.charAt(at) != ')') {
            throw new Unsupported();
        }
        at++;
        return lookaround ? nothing() : inner; // a look-around consumes nothing
    }

    private T characterClass() {
        boolean negated = at < s.length() && s.charAt(at) == '^';
        if (negated) {
            at++;
        }
        List<char[]> ranges = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        boolean first = true;
        while (at < s.length() && (s.charAt(at) != ']' || first)) {
            first = false;
            char c = s.charAt(at++);
            if (c == '[' || c == '&' && at < s.length() && s.charAt(at) == '&') {
                throw new Unsupported(); // nested classes, intersections
            }
            if (c == '\\') {
                if (at >= s.length()) {
                    throw new Unsupported();
                }
                c = s.charAt(at++);
                if (Character.isLetterOrDigit(c)) {
                    sets.add(set(c)); // \w, \p{L}...; \t, \x41 and the like are not read
                    continue;
                }
            }
            if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                at++;
                char to = s.charAt(at++);
                if (to == '\\' || to < c) {
                    throw new Unsupported();
                }
                ranges.add(new char[] {c, to});
            } else {
                ranges.add(new char[] {c, c});
            }
        }
        if (at >= s.length()) {
            throw new Unsupported();
        }
        at++; // ]
        return characterClass(new CharacterClass(negated, ranges, sets));
    }

    private T escape() {
        if (at >= s.length()) {
            throw new Unsupported();
        }
        char c = s.charAt(at++);
        if ("bBAGzZ".indexOf(c) >= 0) {
            return nothing(); // boundaries consume nothing
        }
        if (!Character.isLetterOrDigit(c)) {
            return literal(c);
        }
        return setEscape(set(c)); // \t, \x41, back-references, \Q... throw
    }

    // The set escape starting with letter c (its backslash read), as written without it: "w",
    // "p{L}", "pL".
    private String set(char c) {
        if ("wWsSdDhHvV".indexOf(c) >= 0) {
            return String.valueOf(c);
        }
        if (c != 'p' && c != 'P' || at >= s.length()) {
            throw new Unsupported();
        }
        if (s.charAt(at) != '{') {
            return c + String.valueOf(s.charAt(at++));
        }
        int close = s.indexOf('}', at);
        if (close < 0) {
            throw new Unsupported();
        }
        String name = s.substring(at, close + 1);
        at = close + 1;
        return c + name;
    }
}
