package org.dateline.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dateline.event.Event;
import org.dateline.event.Modality;

/**
 * Pairs predicted events with gold events, one to one and greedily in article order. Only
 * asserted and planned predictions are scored: negated and hypothetical ones claim nothing
 * happened, and gold does not list such sentences as events. Events with Dateline's own extension
 * codes (passports, parliamentary votes: not CAMEO) are not scored either, since gold codes CAMEO
 * only; the must-not check still counts them.
 */
public final class EventMatcher {
    private EventMatcher() {
    }

    /** True for the predictions that take part in scoring. */
    public static boolean scored(Event event) {
        return event.modality() == Modality.ASSERTED || event.modality() == Modality.PLANNED;
    }

    public static Matching match(List<GoldEvent> gold, List<Event> predicted) {
        List<GoldEvent> open = new ArrayList<>(gold);
        List<Matching.Pair> pairs = new ArrayList<>();
        List<Event> spurious = new ArrayList<>();
        for (Event event : predicted) {
            if (!scored(event) || event.action().isExtension()) {
                continue;
            }
            GoldEvent best = best(open, event);
            if (best == null) {
                spurious.add(event);
            } else {
                open.remove(best);
                pairs.add(new Matching.Pair(best, event));
            }
        }
        return new Matching(pairs, open, spurious);
    }

    // Among the gold events with an equal key, prefer the one that also agrees on target and
    // exact code, so that the greedy choice does not spoil the secondary agreement figures.
    private static GoldEvent best(List<GoldEvent> open, Event event) {
        MatchKey key = MatchKey.of(event);
        GoldEvent best = null;
        int bestAgreement = -1;
        for (GoldEvent g : open) {
            if (!MatchKey.of(g).sameAs(key)) {
                continue;
            }
            int agreement = (sameTarget(g, event) ? 2 : 0) + (sameCode(g, event) ? 1 : 0);
            if (agreement > bestAgreement) {
                best = g;
                bestAgreement = agreement;
            }
        }
        return best;
    }

    static boolean sameTarget(GoldEvent gold, Event event) {
        return Objects.equals(gold.target(), Entities.of(event.target()));
    }

    static boolean sameCode(GoldEvent gold, Event event) {
        return event.action() != null && gold.cameo().equals(event.action().code());
    }
}
