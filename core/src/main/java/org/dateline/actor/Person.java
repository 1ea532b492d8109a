package org.dateline.actor;

import java.time.LocalDate;
import java.util.List;

/** An office-holder: who they act for depends on the date. */
record Person(String name, List<OfficeTerm> terms, String otherEntity, String otherRole) {
    /** The actor this person is on that day; with no day, the latest term (news is mostly recent). */
    Actor on(LocalDate day) {
        if (day == null) {
            OfficeTerm last = terms.isEmpty() ? null : terms.get(terms.size() - 1);
            return last == null ? new Actor(name, otherEntity, otherRole) : new Actor(name, last.entity(), last.role());
        }
        for (OfficeTerm t : terms) {
            if (t.covers(day)) {
                return new Actor(name, t.entity(), t.role());
            }
        }
        return new Actor(name, otherEntity, otherRole);
    }
}
