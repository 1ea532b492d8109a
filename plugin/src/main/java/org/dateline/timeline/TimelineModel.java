package org.dateline.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dateline.ArticleEvents;
import org.dateline.event.Event;

/**
 * Everything the timeline views share: opened articles, their events, the filter, the lane mode,
 * the selection, the article shown and the visible range. Like a JFreeChart dataset, every setter
 * checks, assigns and fires a {@link TimelineChange}; views listen and repaint. Not thread-safe:
 * use it from one thread (the event-dispatch thread in the UI).
 */
public final class TimelineModel {
    /** Where a fresh timeline starts: the conflict's first year. */
    public static final LocalDate OPENING = LocalDate.of(2014, 1, 1);

    private final List<TimelineListener> listeners = new CopyOnWriteArrayList<>();
    private final List<ArticleEntry> articles = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    private final Map<ArticleEvents, List<TimelineEvent>> byArticle = new IdentityHashMap<>();
    private List<TimelineEvent> byDay = List.of();
    private int undated;
    private EventFilter filter = EventFilter.DEFAULT;
    private LaneMode laneMode = LaneMode.SOURCE;
    private LaneIndex index;
    private Set<TimelineEvent> selection = Set.of();
    private ArticleEvents shownArticle;
    /** The range the model chose itself; it follows new data until the user moves the view. */
    private ViewRange autoRange;
    private ViewRange range = new ViewRange(OPENING.toEpochDay(), LocalDate.of(2025, 1, 1).toEpochDay());

    public void addListener(TimelineListener l) {
        listeners.add(Objects.requireNonNull(l));
    }

    public void removeListener(TimelineListener l) {
        listeners.remove(l);
    }

    /**
     * Adds opened articles (read or failed). Until the user moves the view, the range follows the
     * data: 2014 to the latest event opened so far.
     */
    public void addArticles(Collection<ArticleEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        boolean follow = autoRange == null ? events.isEmpty() : range.equals(autoRange);
        for (ArticleEntry entry : entries) {
            articles.add(entry);
            if (entry.failed()) {
                continue;
            }
            List<TimelineEvent> mine = new ArrayList<>();
            for (Event e : entry.result().events()) {
                TimelineEvent te = TimelineEvent.of(events.size(), e, entry.result());
                if (te == null) {
                    undated++;
                } else {
                    events.add(te);
                    mine.add(te);
                }
            }
            byArticle.put(entry.result(), List.copyOf(mine));
        }
        dataChanged();
        if (follow && !events.isEmpty()) {
            range = openingRange();
            autoRange = range;
        }
        fire(TimelineChange.Kind.DATA);
    }

    /** Closes every article. */
    public void clear() {
        articles.clear();
        events.clear();
        byArticle.clear();
        undated = 0;
        autoRange = null;
        selection = Set.of();
        shownArticle = null;
        dataChanged();
        fire(TimelineChange.Kind.DATA);
    }

    private void dataChanged() {
        List<TimelineEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingInt(TimelineEvent::day).thenComparingInt(TimelineEvent::id));
        byDay = sorted;
        index = null;
        // Lanes are built with the data, so that the first paint only draws.
        index();
    }

    public List<ArticleEntry> articles() {
        return List.copyOf(articles);
    }

    /** All dated events, in the order they were opened ({@code events().get(id)}). */
    public List<TimelineEvent> events() {
        return List.copyOf(events);
    }

    /** All dated events sorted by day. */
    public List<TimelineEvent> eventsByDay() {
        return byDay;
    }

    /** The dated events of one opened article. */
    public List<TimelineEvent> eventsOf(ArticleEvents article) {
        return byArticle.getOrDefault(article, List.of());
    }

    /** Events read without a date, which the timeline cannot place. */
    public int undated() {
        return undated;
    }

    public EventFilter filter() {
        return filter;
    }

    public void setFilter(EventFilter f) {
        if (!f.equals(filter)) {
            filter = Objects.requireNonNull(f);
            index = null;
            fire(TimelineChange.Kind.FILTER);
        }
    }

    public LaneMode laneMode() {
        return laneMode;
    }

    public void setLaneMode(LaneMode mode) {
        if (mode != laneMode) {
            laneMode = Objects.requireNonNull(mode);
            index = null;
            fire(TimelineChange.Kind.LANES);
        }
    }

    /** The lanes as the filter and lane mode make them. */
    public LaneIndex index() {
        if (index == null) {
            index = LaneIndex.build(byDay, events.size(), laneMode, filter);
        }
        return index;
    }

    public Set<TimelineEvent> selection() {
        return selection;
    }

    /** Selects events; the article of the first one becomes the article shown. */
    public void select(Collection<TimelineEvent> chosen) {
        Set<TimelineEvent> next = Set.copyOf(new LinkedHashSet<>(chosen));
        if (next.equals(selection)) {
            return;
        }
        selection = next;
        fire(TimelineChange.Kind.SELECTION);
        if (!selection.isEmpty()) {
            showArticle(lead().article());
        }
    }

    /** The first selected event in day order, or null. */
    public TimelineEvent lead() {
        return selection.stream().min(Comparator.comparingInt(TimelineEvent::day)
                .thenComparingInt(TimelineEvent::id)).orElse(null);
    }

    public ArticleEvents shownArticle() {
        return shownArticle;
    }

    public void showArticle(ArticleEvents article) {
        if (article != shownArticle) {
            shownArticle = article;
            fire(TimelineChange.Kind.ARTICLE);
        }
    }

    public ViewRange range() {
        return range;
    }

    public void setRange(ViewRange r) {
        if (!r.equals(range)) {
            range = Objects.requireNonNull(r);
            fire(TimelineChange.Kind.RANGE);
        }
    }

    /** Shows every shown event. */
    public void fitAll() {
        setRange(fullRange());
    }

    /** From the first to the last shown event, with a small margin. */
    public ViewRange fullRange() {
        int[] days = index().allDays();
        if (days.length == 0) {
            return openingRange();
        }
        return padded(days[0], days[days.length - 1] + 1);
    }

    /** 2014 to the latest event (or the whole data when it all lies before 2014). */
    public ViewRange openingRange() {
        if (byDay.isEmpty()) {
            return new ViewRange(OPENING.toEpochDay(), LocalDate.now().toEpochDay() + 1);
        }
        int last = byDay.get(byDay.size() - 1).endDay() + 1;
        double first = Math.min(OPENING.toEpochDay(), byDay.get(0).day());
        return padded(last > OPENING.toEpochDay() ? Math.max(first, OPENING.toEpochDay()) : first, last);
    }

    private static ViewRange padded(double from, double to) {
        double margin = Math.max(1, (to - from) * 0.02);
        return ViewRange.between(from - margin, to + margin);
    }

    /**
     * The shown event after (direction 1) or before (-1) {@code from} in time, or the first or last
     * one when {@code from} is null; null when there is none.
     */
    public TimelineEvent neighbour(TimelineEvent from, int direction) {
        LaneIndex idx = index();
        List<TimelineEvent> list = byDay;
        int start;
        if (from == null) {
            start = direction > 0 ? 0 : list.size() - 1;
        } else {
            int at = Math.max(0, java.util.Collections.binarySearch(list, from,
                    Comparator.comparingInt(TimelineEvent::day).thenComparingInt(TimelineEvent::id)));
            start = at + direction;
        }
        for (int i = start; i >= 0 && i < list.size(); i += direction) {
            if (idx.laneOf(list.get(i)) >= 0) {
                return list.get(i);
            }
        }
        return null;
    }

    private void fire(TimelineChange.Kind kind) {
        TimelineChange change = new TimelineChange(this, kind);
        for (TimelineListener l : listeners) {
            l.timelineChanged(change);
        }
    }
}
