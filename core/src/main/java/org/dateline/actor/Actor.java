package org.dateline.actor;

import java.util.Objects;

/**
 * Who acts or is acted upon.
 *
 * @param name   the canonical name ("Vladimir Putin", "Russia", "NATO")
 * @param entity ISO 3166 alpha-3 code for a state, the usual acronym for an organisation
 * @param role   CAMEO-style role: GOV, LEG, MIL, JUD, REB, IGO, ... or "" for the state itself
 */
public record Actor(String name, String entity, String role) {
    // equals and hashCode written out, as a record derives them (component by component, the hash
    // combined as 31 * h + each): the derived ones are method-handle trees that the JIT inlines
    // at a cost of thousands of bytecodes, and it stops inlining in a method once a budget is
    // spent. The event reader's hot method looks actors up for every name it reads.

    @Override
    public boolean equals(Object o) {
        return o instanceof Actor a && Objects.equals(name, a.name) && Objects.equals(entity, a.entity)
                && Objects.equals(role, a.role);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(name) + Objects.hashCode(entity)) * 31 + Objects.hashCode(role);
    }
}
