package org.dateline.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
 * the page has one, says which blocks are prose; teaser cards of other articles count against it.
 * Within the root, link lists and publisher paragraphs ({@link TextRules}) are dropped, short
 * lines before the first paragraph of prose (headline, byline, date) are trimmed, and calls to
 * action among the last paragraphs go. Every walk is iterative and every step linear in the page.
 *
 * <p>On the article-extraction-benchmark (181 pages, 126 sites) this scores F1 0.975, against
 * 0.958 for trafilatura and 0.938 for Readability4J; see {@code MainTextBenchmark}.
 */
public final class MainTextExtractor {
    /** Prose: a block of at least this many letters that is not mostly links. */
    static final int PROSE_LETTERS = 60;
    /** A block whose letters are more than this share link text is navigation. */
    static final double LINK_DENSITY = 0.5;
    /** How much a letter of a short line weighs against the root that would take it in. */
    static final double SHORT_PENALTY = 0.2;
    /** A block this long (letters) is prose up to {@link #LONG_LINK_DENSITY}. */
    static final int LONG_BLOCK = 100;
    static final double LONG_LINK_DENSITY = 0.7;
    /** How much a letter of link list weighs against a letter of prose. */
    static final double LINK_PENALTY = 1.0;
    /** The share of that weight for a link list between two paragraphs of a candidate root. */
    static final double INLINE_LINK_WEIGHT = 0.25;
    /** An element around the best root with this many times its prose, worth more than 0, is the root. */
    static final double WIDEN_PROSE = 2.0;
    /** A labelled-boilerplate element holding at least this share of the prose is kept anyway. */
    static final double GUARD_SHARE = 0.5;
    /** Below this score (letters of prose) a page is not prose: short lines are tried too. */
    static final double MIN_PROSE = 500;
    /** The most blocks a teaser card holds (headline, author, date, summary, "read more"). */
    static final int TEASER_CARD_BLOCKS = 6;
    /** A card's first line, linked and this long, is a headline even when not marked up as one. */
    static final int TEASER_TITLE_LETTERS = 20;
    /** How much a teaser summary's letter weighs against the root. */
    static final double TEASER_PENALTY = 0.5;
    /** A JSON-LD articleBody with this share of the words of the root found without it is complete. */
    static final double SCHEMA_COVERAGE = 0.7;

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

    /**
     * Starts reading a page's main text in a walk of the page the caller makes anyway, instead of
     * a walk of its own; see {@link MainTextReading}.
     */
    public MainTextReading reading(Document page) {
        return new MainTextReading(this, page.body(), vocabulary);
    }

    /** The main text of a page as paragraphs, each whitespace-normalised. */
    public List<String> paragraphs(Document page) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        return paragraphs(PageBlocks.of(body, vocabulary), () -> page.getElementsByTag("script"));
    }

    /** The paragraphs of the main text among a page's blocks; the scripts are only asked for when needed. */
    List<String> paragraphs(PageBlocks blocks, Supplier<List<Element>> scripts) {
        List<String> found = paragraphsOfBlocks(blocks, scripts);
        // An app's shell holds no article text: the body its JSON-LD states is the article
        return found.isEmpty() ? PlainTextCleaner.standard().clean(JsonLdBody.paragraphs(scripts.get())) : found;
    }

    private List<String> paragraphsOfBlocks(PageBlocks blocks, Supplier<List<Element>> scripts) {
        List<PageBlocks.Block> all = blocks.blocks;
        if (all.isEmpty()) {
            return List.of();
        }
        double[] value = values(blocks, null, false);
        Choice choice = bestRoot(blocks, value);
        boolean shortLines = false;
        if (choice.score() < MIN_PROSE) {
            // Little prose (a calendar, a list of results): let short lines count too.
            double[] lineValue = values(blocks, null, true);
            Choice lines = bestRoot(blocks, lineValue);
            if (lines.score() > 2 * choice.score()) {
                choice = lines;
                value = lineValue;
                shortLines = true;
            }
        }
        JsonLdBody schema = shortLines || choice.range() == null ? null : JsonLdBody.of(scripts.get());
        if (schema != null && schema.words() >= SCHEMA_COVERAGE * words(all, choice.range())) {
            // The publisher's articleBody covers the article, not just its opening: let it decide.
            value = values(blocks, schema, false);
            choice = bestRoot(blocks, value);
        }
        if (choice.range() == null) {
            return List.of();
        }
        markJunk(blocks, value);
        return select(all, value, choice.range().start(), choice.range().end());
    }

    /** A candidate root and its score. */
    private record Choice(PageBlocks.Range range, double score) {
    }

    /**
     * The element whose blocks are worth most; sets the blocks' junk marks for these values. When
     * an element around it holds at least {@link #WIDEN_PROSE} times its prose and is still worth
     * something, that element is the root: an article whose "related" boxes outweigh its few
     * paragraphs keeps them all (the boxes are dropped when the root's blocks are selected).
     */
    private static Choice bestRoot(PageBlocks blocks, double[] value) {
        markJunk(blocks, value);
        RootScores scores = new RootScores(blocks.blocks, value);
        PageBlocks.Range root = null;
        double best = 0;
        int at = -1;
        for (int i = 0; i < blocks.ranges.size(); i++) { // children come before their parents
            double score = scores.of(blocks.ranges.get(i));
            if (score > best) {
                best = score;
                root = blocks.ranges.get(i);
                at = i;
            }
        }
        for (int i = at + 1; root != null && i < blocks.ranges.size(); i++) {
            PageBlocks.Range r = blocks.ranges.get(i);
            if (r.start() > root.start() || r.end() < root.end()) {
                continue; // not around the root
            }
            if (scores.prose(r) >= WIDEN_PROSE * scores.prose(root) && scores.of(r) > 0) {
                root = r;
                best = Math.max(best, scores.of(r));
            }
        }
        return new Choice(root, best);
    }

    /**
     * What a candidate root is worth: its prose, less its short lines, teasers and link lists. A
     * link list between two paragraphs of the candidate (a "related" box inside the article)
     * counts only {@link #INLINE_LINK_WEIGHT} as much as one at its edges, which is where a root
     * grown too far meets navigation. Prefix sums: each candidate costs constant time.
     */
    private static final class RootScores {
        private final double[] gain; // everything but link lists
        private final double[] links; // link lists' (negative) values
        private final double[] prose; // positive values of blocks that are not junk
        private final int[] proseCount;
        private final int[] nextProse; // the first prose block at or after i (n: none)
        private final int[] prevProse; // the last prose block before i (-1: none)

        RootScores(List<PageBlocks.Block> all, double[] value) {
            int n = all.size();
            gain = new double[n + 1];
            links = new double[n + 1];
            prose = new double[n + 1];
            proseCount = new int[n + 1];
            prevProse = new int[n + 1];
            prevProse[0] = -1;
            for (int i = 0; i < n; i++) {
                PageBlocks.Block b = all.get(i);
                // Short lines are kept inside the root, but a root is not widened for them.
                double v = b.junk ? 0 : value[i] == 0 && b.heading == 0 ? -SHORT_PENALTY * b.letters : value[i];
                boolean linkList = !b.junk && isLinkList(b);
                boolean isProse = !b.junk && value[i] > 0;
                gain[i + 1] = gain[i] + (linkList ? 0 : v);
                links[i + 1] = links[i] + (linkList ? v : 0);
                prose[i + 1] = prose[i] + (isProse ? value[i] : 0);
                proseCount[i + 1] = proseCount[i] + (isProse ? 1 : 0);
                prevProse[i + 1] = isProse ? i : prevProse[i];
            }
            nextProse = new int[n + 1];
            nextProse[n] = n;
            for (int i = n - 1; i >= 0; i--) {
                nextProse[i] = !all.get(i).junk && value[i] > 0 ? i : nextProse[i + 1];
            }
        }

        double of(PageBlocks.Range r) {
            double linkCost = links[r.end()] - links[r.start()];
            if (proseCount[r.end()] - proseCount[r.start()] >= 2) {
                int first = nextProse[r.start()];
                int last = prevProse[r.end()];
                linkCost -= (1 - INLINE_LINK_WEIGHT) * (links[last] - links[first + 1]);
            }
            return (gain[r.end()] - gain[r.start()] + linkCost) * r.hint().weight;
        }

        double prose(PageBlocks.Range r) {
            return prose[r.end()] - prose[r.start()];
        }
    }

    private double[] values(PageBlocks blocks, JsonLdBody schema, boolean shortLines) {
        List<PageBlocks.Block> all = blocks.blocks;
        double[] value = new double[all.size()];
        for (int i = 0; i < value.length; i++) {
            value[i] = value(all.get(i), schema, shortLines);
        }
        markTeasers(blocks, value);
        return value;
    }

    private static int words(List<PageBlocks.Block> all, PageBlocks.Range root) {
        int words = 0;
        for (int i = root.start(); i < root.end(); i++) {
            PageBlocks.Block b = all.get(i);
            if (!b.junk && !isLinkList(b)) {
                words += TextRules.countWords(b.text);
            }
        }
        return words;
    }

    private double value(PageBlocks.Block b, JsonLdBody schema, boolean shortLines) {
        if (isLinkList(b)) {
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
        if (b.heading > 0 || b.letters < PROSE_LETTERS && !shortLines) {
            return 0;
        }
        return b.letters - b.linkLetters;
    }

    /**
     * Teaser cards (a small element holding a linked headline, then perhaps an author and a date,
     * then a summary) stand for other articles: their summaries are prose, but count against the
     * root. Only applied when the page has two or more, so that a blog post whose own title is a
     * link keeps its first paragraph; a headline link standing alone among the article's
     * paragraphs (inline "related" links) is no card.
     */
    private static void markTeasers(PageBlocks blocks, double[] value) {
        List<PageBlocks.Block> all = blocks.blocks;
        boolean[] teaser = new boolean[all.size()];
        int found = 0;
        for (PageBlocks.Range r : blocks.ranges) {
            if (r.end() - r.start() > TEASER_CARD_BLOCKS || r.end() - r.start() < 2) {
                continue;
            }
            boolean headline = false;
            for (int i = r.start(); i < r.end(); i++) {
                PageBlocks.Block b = all.get(i);
                boolean linkedTitle = b.heading > 1 || i == r.start() && b.letters >= TEASER_TITLE_LETTERS;
                if (linkedTitle && b.linkDensity() > LINK_DENSITY) {
                    headline = true;
                } else if (headline && value[i] > 0 && b.heading == 0) {
                    if (!teaser[i]) {
                        teaser[i] = true;
                        found++;
                    }
                    break;
                }
            }
        }
        if (found >= 2) {
            for (int i = 0; i < teaser.length; i++) {
                if (teaser[i]) {
                    value[i] = -TEASER_PENALTY * all.get(i).letters;
                }
            }
        }
    }

    /**
     * Mostly link text: navigation, link lists. A long block may carry more links (a digest whose
     * every item links its source) and still be prose.
     */
    static boolean isLinkList(PageBlocks.Block b) {
        return b.linkDensity() > (b.letters >= LONG_BLOCK ? LONG_LINK_DENSITY : LINK_DENSITY);
    }

    /** Sets aside the blocks of labelled boilerplate, unless the label covers most of the prose. */
    private static void markJunk(PageBlocks blocks, double[] value) {
        List<PageBlocks.Block> all = blocks.blocks;
        double[] prose = new double[all.size() + 1];
        int[] proseBlocks = new int[all.size() + 1];
        for (int i = 0; i < value.length; i++) {
            prose[i + 1] = prose[i] + Math.max(0, value[i]);
            proseBlocks[i + 1] = proseBlocks[i] + (value[i] > 0 ? 1 : 0);
        }
        double total = prose[all.size()];
        int[] cover = new int[all.size() + 1];
        for (PageBlocks.Range r : blocks.junk) {
            double share = total == 0 ? 0 : (prose[r.end()] - prose[r.start()]) / total;
            // A wrapper of the article holds paragraphs; one long footer notice is not one.
            boolean wrapper = share >= GUARD_SHARE && proseBlocks[r.end()] - proseBlocks[r.start()] >= 2;
            if (!wrapper) {
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
        List<TextRules.Verdict> verdicts = new ArrayList<>();
        List<Boolean> prose = new ArrayList<>();
        for (int i = start; i < end; i++) {
            PageBlocks.Block b = all.get(i);
            if (b.junk || isLinkList(b) || value[i] < 0) {
                continue;
            }
            TextRules.Verdict verdict = rules.verdict(b.text);
            if (verdict == TextRules.Verdict.BOILERPLATE) {
                continue;
            }
            kept.add(b);
            verdicts.add(verdict);
            prose.add(value[i] > 0);
        }
        int first = prose.indexOf(Boolean.TRUE);
        int last = prose.size() - 1;
        List<String> out = new ArrayList<>();
        if (first < 0) {
            return out;
        }
        for (int i = first; i <= last; i++) {
            out.add(kept.get(i).text);
        }
        return rules.withoutClosingAppeals(out, verdicts.subList(first, last + 1));
    }
}
