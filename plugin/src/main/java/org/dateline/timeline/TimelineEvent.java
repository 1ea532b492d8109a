package org.dateline.timeline;

import java.util.Locale;
import org.dateline.ArticleEvents;
import org.dateline.actor.Actor;
import org.dateline.event.Event;

/**
 * One plotted event: the core {@link Event}, the article it came from, and its place in time as
 * epoch days (the first and last day of its date, or of its range when it has an end). Equal
 * only to itself: two identical sentences in two articles are two events.
 */
public final class TimelineEvent {
    private final int id;
    private final Event event;
    private final ArticleEvents article;
    private final int day;
    private final int endDay;
    private String searchText;

    /**
     * @param id      its index in the model, stable until the data changes
     * @param event   the event as core read it
     * @param article the article and all its events
     * @param day     first day (epoch day)
     * @param endDay  last day, equal to {@code day} for a single day
     */
    public TimelineEvent(int id, Event event, ArticleEvents article, int day, int endDay) {
        this.id = id;
        this.event = event;
        this.article = article;
        this.day = day;
        this.endDay = endDay;
    }

    public int id() {
        return id;
    }

    public Event event() {
        return event;
    }

    public ArticleEvents article() {
        return article;
    }

    public int day() {
        return day;
    }

    public int endDay() {
        return endDay;
    }

    @Override
    public String toString() {
        return "TimelineEvent[" + event.date() + " " + sourceEntity() + " " + family() + "]";
    }

    /** Builds a plotted event, or returns null when the event's date names no day. */
    public static TimelineEvent of(int id, Event event, ArticleEvents article) {
        int start = Days.start(event.date());
        if (start == Days.NONE) {
            return null;
        }
        int end = event.end() == null ? Days.end(event.date()) : Days.end(event.end());
        if (end == Days.NONE || end < start) {
            end = start;
        }
        // A month or a year is plotted at its first day; only a real range spans.
        int last = event.end() == null ? start : end;
        return new TimelineEvent(id, event, article, start, last);
    }

    public QuadClass quadClass() {
        return QuadClass.of(event.action());
    }

    /** The acting entity ("RUS"), or "" when the sentence does not say who acts. */
    public String sourceEntity() {
        return entity(event.source());
    }

    public String targetEntity() {
        return entity(event.target());
    }

    /** The CAMEO root category ("05"), or "" when there is no action. */
    public String family() {
        return event.action() == null || event.action().code().length() < 2 ? "" : event.action().root();
    }

    /** The key of the lane this event goes into under a lane mode. */
    public String laneKey(LaneMode mode) {
        return switch (mode) {
            case SOURCE -> sourceEntity();
            case ACTION_FAMILY -> family();
            case QUAD_CLASS -> String.valueOf(quadClass().code());
        };
    }

    /** Lower-case text that find-as-you-type searches: sentence, actors, action, article title. */
    String searchText() {
        // Built once, on the first search: typing must not rebuild 100,000 strings per key.
        if (searchText == null) {
            searchText = buildSearchText();
        }
        return searchText;
    }

    private String buildSearchText() {
        StringBuilder sb = new StringBuilder();
        if (event.evidence() != null) {
            sb.append(event.evidence().text()).append('\n');
        }
        appendActor(sb, event.source());
        appendActor(sb, event.target());
        if (event.action() != null) {
            sb.append(event.action().label()).append('\n').append(event.action().code()).append('\n');
        }
        if (event.trigger() != null) {
            sb.append(event.trigger()).append('\n');
        }
        sb.append(article.article().title());
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static void appendActor(StringBuilder sb, Actor a) {
        if (a != null) {
            sb.append(a.name()).append(' ').append(a.entity()).append('\n');
        }
    }

    private static String entity(Actor a) {
        return a == null || a.entity() == null ? "" : a.entity();
    }
}
