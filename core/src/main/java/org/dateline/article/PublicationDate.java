package org.dateline.article;

import java.time.LocalDate;

/**
 * The date an article was published and the evidence for it.
 *
 * @param date   the calendar day
 * @param method how it was found, e.g. "meta article:published_time", "json-ld datePublished",
 *               "time datetime", "byline text", "override"
 */
public record PublicationDate(LocalDate date, String method) {
}
