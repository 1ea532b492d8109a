package org.dateline.text;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeVisitor;

/**
 * A page's main text, read during a walk of the whole page that the caller makes anyway (to
 * collect its metadata, say) instead of in a walk of its own: give it every node in document
 * order, then ask for {@link #text}. Only the body is read, and the same subtrees are left out
 * as {@link MainTextExtractor#extract(org.jsoup.nodes.Document)} leaves out.
 */
public final class MainTextReading implements NodeVisitor {
    private final MainTextExtractor extractor;
    private final Element body;
    private final PageBlocks blocks;
    private final NodeFilter walker;
    private boolean inBody;
    /** The root of a subtree the blocks leave out (scripts, hidden elements...), or null. */
    private Node skipping;

    MainTextReading(MainTextExtractor extractor, Element body, ClassVocabulary vocabulary) {
        this.extractor = extractor;
        this.body = body;
        this.blocks = PageBlocks.start(vocabulary);
        this.walker = blocks.walker();
    }

    @Override
    public void head(Node node, int depth) {
        inBody |= node == body && body != null;
        if (inBody && skipping == null && walker.head(node, depth) == NodeFilter.FilterResult.SKIP_ENTIRELY) {
            skipping = node; // neither its children nor its end are the blocks' business
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (inBody && skipping == null) {
            walker.tail(node, depth);
        }
        if (node == skipping) {
            skipping = null;
        }
        if (node == body) {
            inBody = false;
        }
    }

    /**
     * The main text, once the walk is over; {@code scripts}: the page's {@code script} elements,
     * as {@code getElementsByTag("script")} finds them (for a JSON-LD article body).
     */
    public String text(List<Element> scripts) {
        if (body == null) {
            return "";
        }
        return String.join("\n\n", extractor.paragraphs(blocks.finish(), () -> scripts));
    }
}
