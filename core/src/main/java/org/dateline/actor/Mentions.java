package org.dateline.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The names a gazetteer found in a text, not yet tied to a date: an office-holder's actor
 * depends on the day asked for ({@link #on}), the places where names occur do not, so they are
 * searched for once.
 */
public final class Mentions {
    /** A name at [start, end) of the text and how to find its actor on a day (null: a non-actor). */
    record Span(int start, int end, String text, Function<LocalDate, Actor> actor) {
    }

    private final List<Span> spans;

    Mentions(List<Span> spans) {
        this.spans = spans;
    }

    /** The actors named, office-holders as they were on {@code when} (null: latest); non-actors left out. */
    public List<ActorMention> on(LocalDate when) {
        if (spans.isEmpty()) {
            return List.of(); // a sentence naming no one: asked for again for each of its dates
        }
        List<ActorMention> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Actor actor = s.actor().apply(when);
            if (actor != null) { // null: a listed non-actor ("the Minsk agreements")
                out.add(new ActorMention(s.start(), s.end(), s.text(), actor));
            }
        }
        return out;
    }

    /** The name found starting at the offset, or null. */
    Span startingAt(int start) {
        for (Span s : spans) {
            if (s.start() == start) {
                return s;
            }
        }
        return null;
    }

    /** Whether a name found overlaps text[start, end). */
    boolean overlaps(int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** These names and more, in the order of the text. */
    Mentions with(List<Span> more) {
        List<Span> all = new ArrayList<>(spans);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Span::start));
        return new Mentions(all);
    }
}
