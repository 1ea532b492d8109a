package org.dateline.article;

import java.util.List;

/**
 * Words looked for anywhere inside attribute values (class, id), ignoring ASCII case: a few
 * {@code indexOf} calls, instead of a regex alternation tried at every character.
 */
final class Keywords {
    private final List<String> words;

    /** The words, in lower case. */
    Keywords(String... words) {
        this.words = List.of(words);
    }

    /** True when the text holds one of the words, whatever the case of its ASCII letters. */
    boolean foundIn(String text) {
        String lower = asciiLowerCase(text);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Only A-Z are folded, as a case-insensitive regex without UNICODE_CASE does. */
    static String asciiLowerCase(String s) {
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
}
