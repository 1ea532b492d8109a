package org.dateline.event;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted stretches of a sentence: a time said inside a quote ("One year later, Kyiv
 * stands," Biden said) belongs to the words quoted, never to the saying of them.
 */
final class QuotedSpans {
    private QuotedSpans() {
    }

    /**
     * The spans [start, end) of text between paired quote marks in text[from, to): curly ones
     * pair an opening with the next closing one, straight ones pair in turn. A quote left open
     * at the end of the sentence (a quote going on into the next one) runs to its end.
     */
    static List<int[]> in(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>(2);
        int open = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (open < 0 && (c == '“' || c == '"')) {
                open = i;
            } else if (open >= 0 && (c == '”' || c == '"' && text.charAt(open) == '"')) {
                spans.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, to});
        }
        return spans;
    }

    /** Whether offset at lies inside one of the spans. */
    static boolean inside(List<int[]> spans, int at) {
        return holding(spans, at) != null;
    }

    /** The span that holds offset at, or null. */
    static int[] holding(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return s;
            }
        }
        return null;
    }
}
