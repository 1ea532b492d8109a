package org.dateline.article;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements the publication-date rules read from a page, in page order, collected in one walk
 * instead of one walk per rule. Each list holds what the same query on the page would select.
 */
final class DateElements {
    private static final Evaluator META_WITH_CONTENT = QueryParser.parse("meta[content]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator TIME_WITH_DATETIME = QueryParser.parse("time[datetime]");

    /** {@code meta[content]} */
    final List<Element> metasWithContent = new ArrayList<>();
    /** {@code script[type=application/ld+json]} */
    final List<Element> jsonLdScripts = new ArrayList<>();
    /** Every element with an itemprop attribute, to be matched against a rule's name. */
    final List<Element> withItemprop = new ArrayList<>();
    /** {@code time[datetime]} */
    final List<Element> timesWithDatetime = new ArrayList<>();

    private final Document page;

    private DateElements(Document page) {
        this.page = page;
    }

    static DateElements of(Document page) {
        DateElements out = new DateElements(page);
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && e.attributesSize() > 0) { // every query needs an attribute
                out.collect(e);
            }
        }, page);
        return out;
    }

    private void collect(Element e) {
        if (META_WITH_CONTENT.matches(page, e)) {
            metasWithContent.add(e);
        } else if (JSON_LD.matches(page, e)) {
            jsonLdScripts.add(e);
        } else if (TIME_WITH_DATETIME.matches(page, e)) {
            timesWithDatetime.add(e);
        }
        if (e.hasAttr("itemprop")) {
            withItemprop.add(e);
        }
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
