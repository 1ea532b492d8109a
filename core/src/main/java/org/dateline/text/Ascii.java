package org.dateline.text;

/**
 * Character tests as {@code java.util.regex} makes them for a case-insensitive pattern (no
 * UNICODE_CASE) in a region with opaque bounds, so that code looking at words gives the
 * same answers as the regexes it replaces. Shared by every stage that scans text for words
 * ahead of (or instead of) a regex.
 */
public final class Ascii {
    private Ascii() {
    }

    /** A word character of {@code \w} and {@code \b}: a letter, a digit or '_'. */
    public static boolean isWord(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        }
        return Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit(char)}, without its table look-ups for ASCII. */
    public static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    /** A-Z or a-z. */
    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** A-Z folded to a-z, every other character as it is. */
    public static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** Only A-Z are folded, as a case-insensitive regex without UNICODE_CASE does; no copy when none occurs. */
    public static String lowerAscii(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }

    /** {@code \s}: a space, tab, line break, vertical tab, form feed or carriage return. */
    public static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * The text at {@code i} (before {@code to}) is {@code lower}, a lower-case string,
     * ignoring the case of ASCII letters only.
     */
    public static boolean regionMatchesAscii(String text, int i, String lower, int to) {
        if (i < 0 || i + lower.length() > to) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (lowerAscii(text.charAt(i + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code \b} at {@code i} in the region [from, to): a word character on one side only,
     * nothing being seen outside the region; a non-spacing mark after a letter or digit
     * counts as part of its word.
     */
    public static boolean boundary(String text, int i, int from, int to) {
        boolean left = i > from && isWordPart(text, Character.codePointBefore(text, i), i - 1, from);
        boolean right = i < to && isWordPart(text, Character.codePointAt(text, i), i, from);
        return left != right;
    }

    // The code point c, at index i, belongs to a word.
    private static boolean isWordPart(String text, int c, int i, int from) {
        return isWord(c) || (Character.getType(c) == Character.NON_SPACING_MARK
                && hasBaseCharacter(text, i, from));
    }

    // Marks back from i lead to a letter or digit.
    private static boolean hasBaseCharacter(String text, int i, int from) {
        for (int x = i; x >= from; x--) {
            int c = Character.codePointAt(text, x);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }
}
