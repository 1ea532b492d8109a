package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements that the title, the publication date and the main text read from a page, in page
 * order, collected in one walk instead of one walk per query (each {@code select} or
 * {@code getElementsByTag} walks the whole tree); the same walk can feed the main text's reading
 * of the body ({@link org.dateline.text.MainTextReading}). Each list holds what the query named
 * in its comment would select on the page.
 */
final class PageElements {
    private static final Evaluator META = new Evaluator.Tag("meta");
    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator SCRIPT = new Evaluator.Tag("script");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator PARAGRAPH = QueryParser.parse("p");

    /** {@code getElementsByTag("meta")} */
    final List<Element> metas = new ArrayList<>();
    /** {@code meta[content]} */
    final List<Element> metasWithContent = new ArrayList<>();
    /** {@code getElementsByTag("script")} */
    final List<Element> scripts = new ArrayList<>();
    /** {@code script[type=application/ld+json]} */
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** Every element with an itemprop attribute, to be matched against a rule's name. */
    final List<Element> withItemprop = new ArrayList<>();
    /** {@code time[datetime]} */
    final List<Element> timesWithDatetime = new ArrayList<>();
    /** {@code select("p")} */
    final List<Element> paragraphs = new ArrayList<>();
    /** {@code getAllElements()} that have attributes: the only ones a class rule can match. */
    final List<Element> withAttributes = new ArrayList<>();
    /** {@code body().getAllElements()} that have attributes (a class or id may mark a byline). */
    final List<Element> bodyElementsWithAttributes = new ArrayList<>();
    /** {@code selectFirst("h1")}, or null. */
    Element firstH1;

    private final Document page;

    private PageElements(Document page) {
        this.page = page;
    }

    static PageElements of(Document page) {
        return of(page, null);
    }

    /** Collects the elements in a walk that also shows every node to {@code alongside}, when not null. */
    static PageElements of(Document page, NodeVisitor alongside) {
        PageElements out = new PageElements(page);
        Element body = page.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    inBody |= e == body;
                    out.collect(e, inBody);
                }
                if (alongside != null) {
                    alongside.head(node, depth);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (alongside != null) {
                    alongside.tail(node, depth);
                }
                if (node == body) {
                    inBody = false;
                }
            }
        }, page);
        return out;
    }

    private void collect(Element e, boolean inBody) {
        boolean hasAttributes = e.attributesSize() > 0;
        // The tag name decides which queries can match at all; each then answers as it would alone.
        switch (e.normalName()) {
            case "meta" -> {
                add(metas, META, e);
                if (hasAttributes) {
                    add(metasWithContent, META_WITH_CONTENT, e);
                }
            }
            case "script" -> {
                add(scripts, SCRIPT, e);
                if (hasAttributes) {
                    add(jsonLdScripts, JSON_LD, e);
                }
            }
            case "time" -> {
                if (hasAttributes) {
                    add(timesWithDatetime, TIME_WITH_DATETIME, e);
                }
            }
            case "h1" -> {
                if (firstH1 == null && H1.matches(page, e)) {
                    firstH1 = e;
                }
            }
            case "p" -> add(paragraphs, PARAGRAPH, e);
            default -> { }
        }
        if (hasAttributes) {
            withAttributes.add(e);
            if (e.hasAttr("itemprop")) {
                withItemprop.add(e);
            }
            if (inBody) {
                bodyElementsWithAttributes.add(e);
            }
        }
    }

    private void add(List<Element> list, Evaluator query, Element e) {
        if (query.matches(page, e)) {
            list.add(e);
        }
    }

    /** The elements of a class, as {@code getElementsByClass} finds them, without a walk of the page. */
    List<Element> ofClass(String name) {
        Evaluator ofClass = new Evaluator.Class(name);
        List<Element> out = new ArrayList<>();
        for (Element e : withAttributes) {
            if (ofClass.matches(page, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The elements with {@code itemprop=name}, as {@code getElementsByAttributeValue} finds them. */
    List<Element> withItemprop(String name) {
        Evaluator named = new Evaluator.AttributeWithValue("itemprop", name);
        List<Element> out = new ArrayList<>();
        for (Element e : withItemprop) {
            if (named.matches(page, e)) {
                out.add(e);
            }
        }
        return out;
    }
}
