package org.dateline.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An office-holder: who they act for depends on the date. The actor of each term, and the one
 * out of office, are made once: a person named in a sentence is resolved again for every date
 * an event of it gets.
 */
final class Person {
    private final String name;
    private final List<OfficeTerm> terms;
    private final List<Actor> termActors; // by term
    private final Actor outOfOffice;

    Person(String name, List<OfficeTerm> terms, String otherEntity, String otherRole) {
        this.name = name;
        this.terms = List.copyOf(terms);
        this.termActors = terms.stream().map(t -> new Actor(name, t.entity(), t.role())).toList();
        this.outOfOffice = new Actor(name, otherEntity, otherRole);
    }

    String name() {
        return name;
    }

    /** Every actor this person can be: one per term, and the one out of office. */
    List<Actor> actors() {
        List<Actor> all = new ArrayList<>(termActors);
        all.add(outOfOffice);
        return all;
    }

    /** The actor this person is on that day; with no day, the latest term (news is mostly recent). */
    Actor on(LocalDate day) {
        if (day == null) {
            return terms.isEmpty() ? outOfOffice : termActors.get(terms.size() - 1);
        }
        for (int k = 0; k < terms.size(); k++) {
            if (terms.get(k).covers(day)) {
                return termActors.get(k);
            }
        }
        return outOfOffice;
    }
}
