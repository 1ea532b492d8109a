package org.dateline.article;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Whether an element's {@link Element#text()} is longer than a limit, told without building it
 * when the element is large: {@code text()} keeps every character of its text nodes that is
 * neither white space (which it collapses and trims) nor one of the invisible characters it drops,
 * so their count is a lower bound on its length, and counting stops as soon as it passes the limit.
 */
final class TextLength {
    private TextLength() {
    }

    /** True only when {@code e.text().length() > limit}; false says nothing. */
    static boolean surelyLongerThan(Element e, int limit) {
        int[] kept = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    for (int i = 0; i < s.length() && kept[0] <= limit; i++) {
                        if (isKept(s.charAt(i))) {
                            kept[0]++;
                        }
                    }
                }
                return kept[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, e);
        return kept[0] > limit;
    }

    /**
     * Characters {@code text()} never drops: above a space (trimming drops those at the ends), and
     * neither a no-break space (white space to it) nor a zero-width space or soft hyphen.
     */
    static boolean isKept(char c) {
        return c > ' ' && c != '\u00A0' && c != '\u200B' && c != '\u00AD';
    }
}
