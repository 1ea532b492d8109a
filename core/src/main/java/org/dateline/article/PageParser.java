package org.dateline.article;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses HTML as {@link org.jsoup.Jsoup#parse(String)} does, with one jsoup parser per thread
 * used for many pages instead of a new one per page: a new parser starts with an empty tag set,
 * and then copies and sets up every tag it meets from jsoup's shared one (about 6% of jsoup's
 * time on a news page). Reusing it changes no parse: the tree builder only ever marks a tag as
 * seen self-closing, which matters to HTML output, never to the tree or its text.
 *
 * <p>A parser's tag set also keeps every unknown tag name it has met, so each thread's parser is
 * replaced after {@value #PAGES_PER_PARSER} pages, and a very large page (which may hold any
 * number of made-up tags) gets a parser of its own.
 */
final class PageParser {
    /** Pages parsed by one parser before it is replaced. */
    static final int PAGES_PER_PARSER = 256;
    /** A page longer than this (in characters) is parsed by a parser used for it alone. */
    static final int SHARED_MAX_CHARS = 1024 * 1024;

    private static final ThreadLocal<PageParser> PER_THREAD = ThreadLocal.withInitial(PageParser::new);

    private Parser parser = Parser.htmlParser();
    private int pages;

    private PageParser() {
    }

    /** The page's document, as {@code Jsoup.parse(html)} gives it. */
    static Document parse(String html) {
        if (html.length() > SHARED_MAX_CHARS) {
            return Parser.htmlParser().parseInput(html, "");
        }
        return PER_THREAD.get().parseNext(html);
    }

    private Document parseNext(String html) {
        if (++pages > PAGES_PER_PARSER) {
            parser = Parser.htmlParser();
            pages = 1;
        }
        return parser.parseInput(html, "");
    }
}
