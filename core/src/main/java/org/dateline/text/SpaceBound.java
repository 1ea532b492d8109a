package org.dateline.text;

/**
 * The most white-space characters ({@link #isSpace}) that a match of a regular expression can
 * hold, read from the expression itself: {@code by (?:\w+ ){1,4}} holds at most five. A text with
 * more spaces than that cannot be matched whole, so the matcher need not run on it. The bound may
 * be too high, never too low: whatever is not understood (inline flags, back-references, escapes
 * such as {@code \t}) makes it {@link #UNBOUNDED}, as does any repetition without limit of
 * something that can match a space ({@code .*}, {@code \s+}).
 */
final class SpaceBound extends RegexReader<Integer> {
    /** No bound is known. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private SpaceBound(String regex) {
        super(regex);
    }

    /** The bound for a (valid) regular expression. */
    static int of(String regex) {
        Integer bound = new SpaceBound(regex).read();
        return bound == null ? UNBOUNDED : bound;
    }

    /** The characters counted: what {@code \s}, {@code \h}, {@code \v} or a no-break space match. */
    static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F; // as Character.isWhitespace
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    @Override
    Integer nothing() {
        return 0;
    }

    @Override
    Integer anyCharacter() {
        return 1;
    }

    @Override
    Integer literal(char c) {
        return isSpace(c) ? 1 : 0;
    }

    /** 1 when the class may match a space, else 0. */
    @Override
    Integer characterClass(CharacterClass c) {
        // a negated class: spaces are in it unless listed, which is not worth reading
        boolean space = c.negated() || c.sets().stream().anyMatch(SpaceBound::mayBeSpace);
        for (char[] range : c.ranges()) {
            for (char k = range[0]; k <= range[1] && k >= range[0] && !space; k++) {
                space = isSpace(k);
            }
        }
        return space ? 1 : 0;
    }

    @Override
    Integer setEscape(String set) {
        return mayBeSpace(set) ? 1 : 0;
    }

    @Override
    Integer either(Integer a, Integer b) {
        return Math.max(a, b);
    }

    @Override
    Integer then(Integer a, Integer b) {
        return capped((long) a + b);
    }

    @Override
    Integer repeated(Integer piece, long min, long max) {
        if (piece == 0) {
            return 0;
        }
        return max == RegexReader.UNBOUNDED ? UNBOUNDED : capped(max * piece);
    }

    // Whether a set escape may match a space: \s, \W, \p{Z}... do; \w, \d, letters, marks and
    // numbers (and their sub-categories) never do; a negated property does.
    private static boolean mayBeSpace(String set) {
        char kind = set.charAt(0);
        if (kind == 'w' || kind == 'd') {
            return false; // ASCII word characters and digits
        }
        if (kind != 'p' && kind != 'P') {
            return true;
        }
        String name = set.substring(1).replace("{", "").replace("}", "");
        return !(kind == 'p' && !name.isEmpty() && "LMN".indexOf(name.charAt(0)) >= 0 && name.length() <= 2);
    }

    private static int capped(long bound) {
        return (int) Math.min(bound, UNBOUNDED);
    }
}
