package org.dateline.eval;

import java.util.List;
import org.dateline.event.Event;

/**
 * The outcome of pairing gold and predicted events of one article.
 *
 * @param pairs    gold events with the predicted event each was matched to
 * @param missed   gold events nothing matched
 * @param spurious scored predictions (asserted or planned) that matched no gold event
 */
public record Matching(List<Pair> pairs, List<GoldEvent> missed, List<Event> spurious) {
    public Matching {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    /** A gold event and the prediction that matched it. */
    public record Pair(GoldEvent gold, Event predicted) {
    }

    public Score score() {
        return new Score(pairs.size(), spurious.size(), missed.size());
    }
}
