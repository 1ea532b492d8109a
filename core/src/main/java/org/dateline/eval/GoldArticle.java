package org.dateline.eval;

import java.util.List;

/**
 * The gold annotation of one article.
 *
 * @param article   the article's file name, relative to the articles folder
 * @param published the ISO publication date, or null when the article carries none
 * @param events    the events a careful reader finds in it
 * @param mustNot   fragments of sentences that must yield no asserted or planned event
 */
public record GoldArticle(String article, String published, List<GoldEvent> events,
                          List<String> mustNot) {
    public GoldArticle {
        events = List.copyOf(events);
        mustNot = List.copyOf(mustNot);
    }
}
