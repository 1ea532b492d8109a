package org.dateline.text;

/**
 * The most white-space characters ({@link #isSpace}) that a match of a regular expression can
 * hold, read from the expression itself: {@code by (?:\w+ ){1,4}} holds at most five. A text with
 * more spaces than that cannot be matched whole, so the matcher need not run on it. The bound may
 * be too high, never too low: whatever is not understood (inline flags, back-references, escapes
 * such as {@code \t}) makes it {@link #UNBOUNDED}, as does any repetition without limit of
 * something that can match a space ({@code .*}, {@code \s+}).
 */
final class SpaceBound {
    /** No bound is known. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private final String s;
    private int at;

    private SpaceBound(String regex) {
        this.s = regex;
    }

    /** The bound for a (valid) regular expression. */
    static int of(String regex) {
        try {
            SpaceBound parser = new SpaceBound(regex);
            int bound = parser.alternation();
            return parser.at < regex.length() ? UNBOUNDED : bound;
        } catch (Unsupported e) {
            return UNBOUNDED;
        }
    }

    /** The characters counted: what {@code \s}, {@code \h}, {@code \v} or a no-break space match. */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F; // as Character.isWhitespace
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private int alternation() {
        int bound = sequence();
        while (at < s.length() && s.charAt(at) == '|') {
            at++;
            bound = Math.max(bound, sequence());
        }
        return bound;
    }

    private int sequence() {
        long bound = 0;
        while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
            bound += quantified(atom());
        }
        return capped(bound);
    }

    private int quantified(int atom) {
        if (at >= s.length()) {
            return atom;
        }
        char c = s.charAt(at);
        long times;
        if (c == '?') {
            times = 1;
            at++;
        } else if (c == '*' || c == '+') {
            times = UNBOUNDED;
            at++;
        } else if (c == '{') {
            int close = s.indexOf('}', at);
            if (close < 0) {
                throw new Unsupported();
            }
            String[] range = s.substring(at + 1, close).split(",", -1);
            String max = range[range.length - 1].strip();
            times = max.isEmpty() ? UNBOUNDED : Long.parseLong(max);
            at = close + 1;
        } else {
            return atom;
        }
        if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
            at++; // lazy or possessive: as many at most
        }
        return atom == 0 ? 0 : capped(times * atom);
    }

    private int atom() {
        char c = s.charAt(at++);
        return switch (c) {
            case '(' -> group();
            case '[' -> characterClass();
            case '\\' -> escape();
            case '^', '$' -> 0;
            case '.' -> 1;
            default -> isSpace(c) ? 1 : 0;
        };
    }

    private int group() {
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
        int inner = alternation();
        if (at >= s.length() || s.charAt(at) != ')') {
            throw new Unsupported();
        }
        at++;
        return lookaround ? 0 : inner; // a look-around consumes nothing
    }

    /** 1 when the class may match a space, else 0. */
    private int characterClass() {
        boolean space = false;
        if (at < s.length() && s.charAt(at) == '^') {
            space = true; // a negated class: spaces are in it unless listed, which is not worth reading
            at++;
        }
        boolean first = true;
        while (at < s.length() && (s.charAt(at) != ']' || first)) {
            first = false;
            char c = s.charAt(at++);
            if (c == '[' || c == '&' && at < s.length() && s.charAt(at) == '&') {
                throw new Unsupported(); // nested classes, intersections
            }
            if (c == '\\') {
                int escaped = classEscape();
                if (escaped < 0) {
                    space |= escaped == MAY_BE_SPACE;
                    continue;
                }
                c = (char) escaped;
            }
            if (at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) != ']') {
                at++;
                char to = s.charAt(at++);
                if (to == '\\' || to < c) {
                    throw new Unsupported();
                }
                for (char k = c; k <= to && k >= c; k++) {
                    space |= isSpace(k);
                }
            } else {
                space |= isSpace(c);
            }
        }
        if (at >= s.length()) {
            throw new Unsupported();
        }
        at++; // ]
        return space ? 1 : 0;
    }

    /** A set escape that never matches a space ({@code \w}, {@code \d}, {@code \p{L}}). */
    private static final int NEVER_SPACE = -1;
    /** A set escape that may match one ({@code \s}, {@code \W}, {@code \p{Z}}...). */
    private static final int MAY_BE_SPACE = -2;

    /** An escape inside a class: the punctuation character it stands for, or a set's kind. */
    private int classEscape() {
        if (at >= s.length()) {
            throw new Unsupported();
        }
        char c = s.charAt(at++);
        if (!Character.isLetterOrDigit(c)) {
            return c;
        }
        int set = setEscape(c);
        if (set == 0) {
            throw new Unsupported(); // \t, \x41, unicode escapes: not worth the trouble
        }
        return set;
    }

    /**
     * The kind of a set escape ({@code \w}, {@code \p{L}}...), reading a property's name; 0 when
     * {@code c} does not start one.
     */
    private int setEscape(char c) {
        if (c == 'w' || c == 'd') {
            return NEVER_SPACE; // ASCII word characters and digits
        }
        if ("WDsShHvV".indexOf(c) >= 0) {
            return MAY_BE_SPACE;
        }
        if (c == 'p' || c == 'P') {
            String name;
            if (at < s.length() && s.charAt(at) == '{') {
                int close = s.indexOf('}', at);
                if (close < 0) {
                    throw new Unsupported();
                }
                name = s.substring(at + 1, close);
                at = close + 1;
            } else if (at < s.length()) {
                name = String.valueOf(s.charAt(at++));
            } else {
                throw new Unsupported();
            }
            // Letters, marks and numbers (and their sub-categories) are never spaces; a negation is.
            boolean neverSpace = c == 'p' && !name.isEmpty() && "LMN".indexOf(name.charAt(0)) >= 0
                    && name.length() <= 2;
            return neverSpace ? NEVER_SPACE : MAY_BE_SPACE;
        }
        return 0;
    }

    private int escape() {
        if (at >= s.length()) {
            throw new Unsupported();
        }
        char c = s.charAt(at++);
        if ("bBAGzZ".indexOf(c) >= 0) {
            return 0; // boundaries consume nothing
        }
        if (!Character.isLetterOrDigit(c)) {
            return isSpace(c) ? 1 : 0;
        }
        int set = setEscape(c);
        if (set == 0) {
            throw new Unsupported(); // \t, \x41, unicode escapes, back-references, \Q...
        }
        return set == MAY_BE_SPACE ? 1 : 0;
    }

    private static int capped(long bound) {
        return (int) Math.min(bound, UNBOUNDED);
    }
}
