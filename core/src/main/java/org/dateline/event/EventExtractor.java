package org.dateline.event;

import java.util.List;
import org.dateline.article.Article;

/** Reads the events of an article. Thread-safe once built. */
public final class EventExtractor {
    public List<Event> extract(Article article) {
        return List.of();
    }
}
