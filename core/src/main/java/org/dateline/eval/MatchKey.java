package org.dateline.eval;

import java.util.Objects;
import org.dateline.event.Event;

/**
 * What must agree for a predicted event to count as a gold one: the date string at its
 * granularity, the CAMEO root and the source entity (null matches null).
 */
record MatchKey(String date, String root, String source) {
    static MatchKey of(GoldEvent gold) {
        return new MatchKey(gold.date(), gold.root(), gold.source());
    }

    static MatchKey of(Event event) {
        String code = event.action() == null ? "" : event.action().code();
        String root = code.length() >= 2 ? code.substring(0, 2) : code;
        return new MatchKey(event.date(), root, Entities.of(event.source()));
    }

    boolean sameAs(MatchKey other) {
        return Objects.equals(date, other.date) && Objects.equals(root, other.root)
                && Objects.equals(source, other.source);
    }
}
