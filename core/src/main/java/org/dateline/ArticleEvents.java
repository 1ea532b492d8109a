package org.dateline;

import java.util.List;
import org.dateline.article.Article;
import org.dateline.event.Event;

/** One article and the events read from it. */
public record ArticleEvents(Article article, List<Event> events) {
    public ArticleEvents {
        events = List.copyOf(events);
    }
}
