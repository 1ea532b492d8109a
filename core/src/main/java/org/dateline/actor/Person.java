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

    /**
     * The actor that a name several people share stands for on that day: the first of them in
     * office then ("Johnson" in 2021 is Boris Johnson, in 2024 the US Speaker), else the first
     * listed; with no day, the one whose last term began latest.
     */
    static Actor shared(List<Person> holders, LocalDate day) {
        Person chosen = holders.get(0);
        for (Person p : holders) {
            if (day == null ? p.lastStart().isAfter(chosen.lastStart()) : p.inOffice(day)) {
                chosen = p;
                if (day != null) {
                    break;
                }
            }
        }
        return chosen.on(day);
    }

    private boolean inOffice(LocalDate day) {
        return terms.stream().anyMatch(t -> t.covers(day));
    }

    private LocalDate lastStart() {
        return terms.isEmpty() ? LocalDate.MIN : terms.get(terms.size() - 1).from();
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
