package org.dateline.text;

/**
 * The fewest ASCII digits ({@code 0-9}) that a match of a regular expression holds, read from the
 * expression itself: a date rule such as {@code (?:\w+ )?may \d{1,2}} holds at least one. A text
 * without a digit cannot be matched by it, so the matcher need not run. The count may be too low,
 * never too high: whatever is not understood (inline flags, back-references...) makes it 0, and so
 * does any piece that can match something else than a digit ({@code \w}, {@code [0-9a-f]}).
 */
final class DigitsNeeded extends RegexReader<Integer> {
    private DigitsNeeded(String regex) {
        super(regex);
    }

    /** The count for a (valid) regular expression, as matched without flags ({@code \d} is 0-9). */
    static int of(String regex) {
        Integer digits = new DigitsNeeded(regex).read();
        return digits == null ? 0 : digits;
    }

    /** An ASCII digit, the characters {@code \d} matches. */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    Integer nothing() {
        return 0;
    }

    @Override
    Integer anyCharacter() {
        return 0;
    }

    @Override
    Integer literal(char c) {
        return isDigit(c) ? 1 : 0;
    }

    /** 1 when every character of the class is a digit, else 0. */
    @Override
    Integer characterClass(CharacterClass c) {
        if (c.negated() || c.ranges().isEmpty() && c.sets().isEmpty()) {
            return 0;
        }
        for (char[] range : c.ranges()) {
            if (!isDigit(range[0]) || !isDigit(range[1])) {
                return 0;
            }
        }
        for (String set : c.sets()) {
            if (!set.equals("d")) {
                return 0;
            }
        }
        return 1;
    }

    @Override
    Integer setEscape(String set) {
        return set.equals("d") ? 1 : 0;
    }

    @Override
    Integer either(Integer a, Integer b) {
        return Math.min(a, b);
    }

    @Override
    Integer then(Integer a, Integer b) {
        return capped((long) a + b);
    }

    @Override
    Integer repeated(Integer piece, long min, long max) {
        return capped(min * piece);
    }

    private static int capped(long digits) {
        return (int) Math.min(digits, Integer.MAX_VALUE);
    }
}
