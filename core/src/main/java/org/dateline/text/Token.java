package org.dateline.text;

import java.util.Locale;

/**
 * A word or punctuation mark at [start, end) of a text.
 *
 * @param start offset of the first character
 * @param end   offset just past the last character
 * @param text  the token as written
 * @param norm  lower case with typographic apostrophes made plain, the form rules are written in
 *              (computed once: every stage compares it)
 */
public record Token(int start, int end, String text, String norm) {
    /** A token whose normal form is computed from its text. */
    public Token(int start, int end, String text) {
        this(start, end, text, normalize(text));
    }

    /** True for a word or number, false for punctuation. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0)) || text.startsWith("'") || text.startsWith("’")
                || text.equals("n't") || text.equals("n’t");
    }

    /** The normal form of a word as rules and gazetteers write it. */
    public static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    }
}
