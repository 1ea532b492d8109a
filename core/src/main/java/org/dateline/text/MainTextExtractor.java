package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an HTML page's own text: the article, without navigation, related links, share tools,
 * sign-ups, appeals or comments.
 *
 * <p>How: the page is cut into text blocks ({@link PageBlocks}); blocks inside elements that are
 * boilerplate by tag, role, visibility or class words ({@code boilerplate-classes.txt}) are set
 * aside, unless such an element holds most of the page's prose (then its label was wrong). Each
 * remaining block gets a value: prose counts for it, link lists count against it. The content
 * root is the element whose blocks add up to the most value (a tree-shaped maximum: it takes in
 * the article's paragraphs and stops where link lists begin); a JSON-LD {@code articleBody}, when
 * the page has one, says which blocks are prose. Within the root, link lists and publisher
 * paragraphs ({@link TextRules}) are dropped, and short lines before the first and after the last
 * paragraph of prose (bylines, dates, tags) are trimmed.
 */
public final class MainTextExtractor {
    /** Prose: a block of at least this many letters that is not mostly links. */
    static final int PROSE_LETTERS = 60;
    /** A block whose letters are more than this share link text is navigation. */
    static final double LINK_DENSITY = 0.5;
    /** How much a letter of link list weighs against a letter of prose. */
    static final double LINK_PENALTY = 1.0;
    /** A labelled-boilerplate element holding at least this share of the prose is kept anyway. */
    static final double GUARD_SHARE = 0.5;

    private final ClassVocabulary vocabulary;
    private final TextRules rules;

    private MainTextExtractor(ClassVocabulary vocabulary, TextRules rules) {
        this.vocabulary = vocabulary;
        this.rules = rules;
    }

    /** The extractor with the shipped vocabulary and rules. */
    public static MainTextExtractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final MainTextExtractor STANDARD =
                new MainTextExtractor(ClassVocabulary.standard(), TextRules.standard());
    }

    /** The main text of a page: paragraphs separated by a blank line. The page is not changed. */
    public String extract(Document page) {
        return String.join("\n\n", paragraphs(page));
    }

    /** The main text of a page as paragraphs, each whitespace-normalised. */
    public List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        PageBlocks blocks = PageBlocks.of(body, vocabulary);
        List<PageBlocks.Block> all = blocks.blocks;
        if (all.isEmpty()) {
            return List.of();
        }
        JsonLdBody schema = JsonLdBody.of(page);
        double[] value = new double[all.size()];
        for (int i = 0; i < value.length; i++) {
            value[i] = value(all.get(i), schema);
        }
        markJunk(blocks, value);
        double[] sum = new double[all.size() + 1];
        for (int i = 0; i < value.length; i++) {
            sum[i + 1] = sum[i] + (all.get(i).junk ? 0 : value[i]);
        }
        PageBlocks.Range root = null;
        double best = 0;
        for (PageBlocks.Range r : blocks.ranges) { // children come before their parents
            double score = sum[r.end()] - sum[r.start()];
            if (r.hint()) {
                score *= 1.1;
            }
            if (score > best) {
                best = score;
                root = r;
            }
        }
        if (root == null) {
            return List.of();
        }
        return select(all, value, root.start(), root.end());
    }

    private double value(PageBlocks.Block b, JsonLdBody schema) {
        if (b.linkDensity() > LINK_DENSITY) {
            return -LINK_PENALTY * b.letters;
        }
        if (schema != null) {
            double match = schema.coverage(b.text);
            if (match >= 0.6) {
                return b.letters;
            }
            if (match < 0.3 && b.letters >= 20) {
                return -b.letters;
            }
        }
        if (b.heading || b.letters < PROSE_LETTERS) {
            return 0;
        }
        return b.letters - b.linkLetters;
    }

    /** Sets aside the blocks of labelled boilerplate, unless the label covers most of the prose. */
    private static void markJunk(PageBlocks blocks, double[] value) {
        List<PageBlocks.Block> all = blocks.blocks;
        double[] prose = new double[all.size() + 1];
        for (int i = 0; i < value.length; i++) {
            prose[i + 1] = prose[i] + Math.max(0, value[i]);
        }
        double total = prose[all.size()];
        int[] cover = new int[all.size() + 1];
        for (PageBlocks.Range r : blocks.junk) {
            double share = total == 0 ? 0 : (prose[r.end()] - prose[r.start()]) / total;
            if (share < GUARD_SHARE) {
                cover[r.start()]++;
                cover[r.end()]--;
            }
        }
        int depth = 0;
        for (int i = 0; i < all.size(); i++) {
            depth += cover[i];
            all.get(i).junk = depth > 0;
        }
    }

    private List<String> select(List<PageBlocks.Block> all, double[] value, int start, int end) {
        List<PageBlocks.Block> kept = new ArrayList<>();
        List<Boolean> prose = new ArrayList<>();
        for (int i = start; i < end; i++) {
            PageBlocks.Block b = all.get(i);
            if (b.junk || b.linkDensity() > LINK_DENSITY || value[i] < 0 || rules.isBoilerplate(b.text)) {
                continue;
            }
            kept.add(b);
            prose.add(value[i] > 0);
        }
        int first = prose.indexOf(Boolean.TRUE);
        int last = prose.lastIndexOf(Boolean.TRUE);
        List<String> out = new ArrayList<>();
        if (first < 0) {
            return out;
        }
        for (int i = first; i <= last; i++) {
            out.add(kept.get(i).text);
        }
        return out;
    }
}
