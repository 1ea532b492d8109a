package org.dateline.eval;

import org.dateline.actor.Actor;

/** The entity code of an actor as gold writes it: null for no actor or a blank code. */
final class Entities {
    private Entities() {
    }

    static String of(Actor actor) {
        if (actor == null || actor.entity() == null || actor.entity().isBlank()) {
            return null;
        }
        return actor.entity();
    }
}
