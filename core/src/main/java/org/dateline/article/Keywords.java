package org.dateline.article;

import java.util.List;
import org.dateline.text.Ascii;

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
        String lower = Ascii.lowerAscii(text);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
