package org.dateline.time;

import java.util.Locale;

/** Numbers in dates: years, days of the month, counts written in digits or words. */
final class Numbers {
    // compiled once: String.split compiles its pattern at every call
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

    private Numbers() {
    }

    /**
     * n in at least {@code width} digits, zeros in front, as {@code String.format("%0<width>d")}
     * gives it in an ASCII locale ("-005" for -5 in 4), without parsing a format at each call.
     */
    static String zeroPadded(int n, int width) {
        String digits = Integer.toString(Math.abs(n));
        int pad = width - digits.length() - (n < 0 ? 1 : 0);
        return (n < 0 ? "-" : "") + "0".repeat(Math.max(pad, 0)) + digits;
    }

    /** A year as four digits: "2014", "'89" and "89" (two digits: 1930-2029). */
    static String year(String text) {
        String digits = onlyDigits(text);
        if (digits.length() == 2) {
            int y = Integer.parseInt(digits);
            return String.valueOf(y < 30 ? 2000 + y : 1900 + y);
        }
        return digits.length() == 4 ? digits : null;
    }

    // The ASCII digits of the text ("'89" -> "89"), without a regex: every year part goes through here.
    private static String onlyDigits(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** A day of the month or an ordinal: "5", "5th", "fifth"; null when not one. */
    static String ordinal(String text, Tables tables) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int digits = hasOrdinalSuffix(t) ? t.length() - 2 : t.length();
        if ((digits == 1 || digits == 2) && isAsciiDigit(t.charAt(0)) && isAsciiDigit(t.charAt(digits - 1))) {
            return String.valueOf(Integer.parseInt(t, 0, digits, 10));
        }
        return tables.lookup("ordinal", t);
    }

    // Ends in "st", "nd", "rd" or "th" (as "5th" does).
    private static boolean hasOrdinalSuffix(String t) {
        return t.endsWith("st") || t.endsWith("nd") || t.endsWith("rd") || t.endsWith("th");
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // [0-9][0-9,]*(\.[0-9]+)?, without a regex: every count goes through here.
    private static boolean isFigures(String t) {
        if (t.isEmpty() || !isAsciiDigit(t.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < t.length() && (isAsciiDigit(t.charAt(i)) || t.charAt(i) == ',')) {
            i++;
        }
        if (i == t.length()) {
            return true;
        }
        if (t.charAt(i) != '.' || i + 1 == t.length()) {
            return false;
        }
        for (i++; i < t.length(); i++) {
            if (!isAsciiDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A count: digits ("1,500"), words ("twenty-four", "a"), or "X" for a vague one
     * ("several", as the table says); null when not a number.
     */
    static String number(String text, Tables tables) {
        String t = text.strip();
        if (isFigures(t)) {
            return t.replace(",", "");
        }
        long sum = 0;
        for (String word : WORD_BREAKS.split(t.toLowerCase(Locale.ROOT))) {
            String v = tables.lookup("number", word);
            if (v == null) {
                return null;
            }
            if (v.equals("X")) {
                return "X";
            }
            long n = Long.parseLong(v);
            sum = n == 100 && sum > 0 ? sum * 100 : sum + n;
        }
        return String.valueOf(sum);
    }
}
