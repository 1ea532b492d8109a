package org.dateline.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page cut into text blocks (the runs of text between block-level boundaries: paragraphs,
 * headings, list items, table cells...), in document order, with each block-level element's
 * range of blocks and the elements that look like boilerplate. One iterative pass over the tree
 * (jsoup's {@link NodeTraversor} walks without recursion, so 10,000-deep nesting is harmless),
 * its own or one the caller makes anyway ({@link MainTextReading}).
 */
final class PageBlocks {
    /** A run of text and what is known about it. */
    static final class Block {
        final String text;
        final int letters;
        final int linkLetters;
        /** 1 to 6 inside a heading, else 0. */
        final int heading;
        boolean junk;

        Block(String text, int letters, int linkLetters, int heading) {
            this.text = text;
            this.letters = letters;
            this.linkLetters = linkLetters;
            this.heading = heading;
        }

        double linkDensity() {
            return letters == 0 ? 0 : (double) linkLetters / letters;
        }
    }

    /**
     * A block-level element's blocks [start, end) and what its markup hints. Only elements that
     * hold a block have one: an empty range can be no root, no teaser card and no junk to set aside.
     */
    record Range(int start, int end, Hint hint) {
    }

    /** What an element's markup says about it being the article's container. */
    enum Hint {
        NONE(1.0),
        /** {@code <article>}: often a teaser card, so only a nudge. */
        ARTICLE_TAG(1.1),
        /** itemprop=articleBody or an article-body class: the publisher's own label. */
        ARTICLE_BODY(1.5);

        final double weight;

        Hint(double weight) {
            this.weight = weight;
        }
    }

    /** What an element does to the blocks, by its tag. */
    private enum TagKind {
        /** Never text: scripts, forms, media, the head. */
        SKIP,
        /** Text flows through it into the current block. */
        INLINE,
        /** {@code <a>}: inline, and its letters are link text. */
        LINK,
        /** Ends the current block without being one ({@code br}, {@code hr}). */
        BREAK,
        HEADING,
        /** Every other tag: a block boundary. */
        BLOCK
    }

    private static final Map<String, TagKind> TAG_KINDS = tagKinds(
            Map.of(TagKind.SKIP, List.of("script", "style", "noscript", "template", "svg", "math", "iframe",
                            "object", "embed", "canvas", "video", "audio", "select", "option", "textarea", "button",
                            "input", "head", "link", "meta", "title", "map", "area", "source", "track", "dialog"),
                    TagKind.LINK, List.of("a"),
                    TagKind.INLINE, List.of("abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del",
                            "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp",
                            "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"),
                    TagKind.BREAK, List.of("br", "hr"),
                    TagKind.HEADING, List.of("h1", "h2", "h3", "h4", "h5", "h6")));

    private static Map<String, TagKind> tagKinds(Map<TagKind, List<String>> tagsByKind) {
        Map<String, TagKind> out = new HashMap<>();
        tagsByKind.forEach((kind, tags) -> tags.forEach(tag -> out.put(tag, kind)));
        return out;
    }

    /** Elements that are boilerplate by their tag alone (subject to the same guard as classes). */
    private static final Set<String> JUNK_TAGS = Set.of("nav", "aside", "footer", "header", "form", "menu", "figcaption");
    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "menu", "menubar", "search", "dialog", "alertdialog", "toolbar", "tablist");

    private static final Hint[] HINTS = Hint.values();
    private static final int JUNK = 9;
    /** Mark bit: the element holds an element labelled as the article body. */
    private static final int HOLDS_BODY = 0x40;

    final List<Block> blocks = new ArrayList<>();
    final List<Range> ranges = new ArrayList<>();
    final List<Range> junk = new ArrayList<>();

    private final ClassVocabulary vocabulary;
    private final BlockText text = new BlockText();
    private final MarkupAttributes attributes = new MarkupAttributes();
    /** The kind of each open element, by depth: its end is handled without looking its tag up again. */
    private TagKind[] kindAtDepth = new TagKind[64];
    private int linkDepth;
    private int headingDepth;
    private int headingLevel;
    // Per open block-level element: where its blocks start, and whether it is junk or a hint.
    private int[] starts = new int[64];
    private byte[] marks = new byte[64];
    private int open;

    private PageBlocks(ClassVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    static PageBlocks of(Element root, ClassVocabulary vocabulary) {
        PageBlocks page = start(vocabulary);
        NodeTraversor.filter(page.walker(), root);
        return page.finish();
    }

    /** Blocks to be read by a walk made elsewhere: give {@link #walker} the nodes, then {@link #finish}. */
    static PageBlocks start(ClassVocabulary vocabulary) {
        return new PageBlocks(vocabulary);
    }

    /** What reads the nodes, each subtree it skips entirely left out. */
    NodeFilter walker() {
        return new Walker();
    }

    /** Ends the last block: the blocks are complete. */
    PageBlocks finish() {
        flush();
        return this;
    }

    private final class Walker implements NodeFilter {
        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText(), linkDepth > 0);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            TagKind kind = TAG_KINDS.getOrDefault(tag, TagKind.BLOCK);
            if (kind == TagKind.SKIP) {
                return FilterResult.SKIP_ENTIRELY;
            }
            MarkupAttributes markup = attributes.read(e);
            if (isHidden(markup) && !gated(markup)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (depth == kindAtDepth.length) {
                kindAtDepth = java.util.Arrays.copyOf(kindAtDepth, depth * 2);
            }
            kindAtDepth[depth] = kind;
            if (kind == TagKind.BREAK) {
                flush();
                return FilterResult.CONTINUE;
            }
            ClassVocabulary.Verdict verdict = judge(markup);
            if (kind == TagKind.INLINE || kind == TagKind.LINK) {
                if (verdict == ClassVocabulary.Verdict.DROP) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (kind == TagKind.LINK) {
                    linkDepth++;
                }
                return FilterResult.CONTINUE;
            }
            flush();
            if (kind == TagKind.HEADING) {
                headingDepth++;
                headingLevel = tag.charAt(1) - '0';
            }
            Hint hint = verdict == ClassVocabulary.Verdict.KEEP || markup.itemprop.equalsIgnoreCase("articleBody")
                    ? Hint.ARTICLE_BODY : tag.equals("article") ? Hint.ARTICLE_TAG : Hint.NONE;
            boolean isJunk = hint != Hint.ARTICLE_BODY && (verdict == ClassVocabulary.Verdict.DROP
                    || verdict == ClassVocabulary.Verdict.NONE && (JUNK_TAGS.contains(tag) || junkRole(markup)));
            push(isJunk ? JUNK : hint.ordinal());
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element)) {
                return FilterResult.CONTINUE;
            }
            TagKind kind = kindAtDepth[depth];
            if (kind == TagKind.INLINE) {
                return FilterResult.CONTINUE;
            }
            if (kind == TagKind.LINK) {
                linkDepth--;
                return FilterResult.CONTINUE;
            }
            if (kind == TagKind.BREAK) {
                return FilterResult.CONTINUE;
            }
            flush();
            if (kind == TagKind.HEADING) {
                headingDepth--;
            }
            open--;
            byte mark = marks[open];
            boolean holdsBody = (mark & HOLDS_BODY) != 0 || (mark & ~HOLDS_BODY) == Hint.ARTICLE_BODY.ordinal();
            if (holdsBody && open > 0) {
                marks[open - 1] |= HOLDS_BODY;
            }
            int label = mark & ~HOLDS_BODY;
            if (starts[open] == blocks.size()) {
                return FilterResult.CONTINUE; // no text in it: nothing to weigh or set aside
            }
            Range range = new Range(starts[open], blocks.size(), label == JUNK ? Hint.NONE : HINTS[label]);
            ranges.add(range);
            // Whatever holds the publisher's own article-body label is no boilerplate, whatever its class.
            if (label == JUNK && !holdsBody) {
                junk.add(range);
            }
            return FilterResult.CONTINUE;
        }
    }

    private void push(int mark) {
        if (open == starts.length) {
            starts = java.util.Arrays.copyOf(starts, open * 2);
            marks = java.util.Arrays.copyOf(marks, open * 2);
        }
        starts[open] = blocks.size();
        marks[open] = (byte) mark;
        open++;
    }

    private ClassVocabulary.Verdict judge(MarkupAttributes markup) {
        String classes = markup.classes;
        String id = markup.id;
        String label = markup.ariaLabel;
        if (classes.isEmpty() && id.isEmpty() && label.isEmpty()) {
            return ClassVocabulary.Verdict.NONE;
        }
        // Pages and sites repeat their class names many times over: judge each once.
        return vocabulary.judgeOnce(classes, id, label);
    }

    private static boolean junkRole(MarkupAttributes markup) {
        return markup.hasRole() && JUNK_ROLES.contains(markup.role.trim().toLowerCase(Locale.ROOT));
    }

    // The rest of an article hidden behind a paywall ("paywall-body", data-paywall="true",
    // display:none or aria-hidden until the reader pays) is the article's own text, saved with the
    // page; a prompt inside it is dropped as text.
    private static boolean gated(MarkupAttributes markup) {
        return markup.paywallData || markup.classes.toLowerCase(Locale.ROOT).contains("paywall")
                || markup.id.toLowerCase(Locale.ROOT).contains("paywall");
    }

    private static boolean isHidden(MarkupAttributes markup) {
        if (markup.hasHidden() || markup.ariaHidden.equalsIgnoreCase("true")) {
            return true;
        }
        if (!markup.hasStyle()) {
            return false;
        }
        String style = markup.style.toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    private void flush() {
        if (text.letters() > 0) {
            blocks.add(new Block(text.toString(), text.letters(), text.linkLetters(), headingDepth > 0 ? headingLevel : 0));
        }
        text.clear();
    }
}
