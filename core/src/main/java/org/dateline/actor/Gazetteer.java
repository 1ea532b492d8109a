package org.dateline.actor;

import java.time.LocalDate;
import java.util.List;

/** Finds actors named in text, resolving office-holders by date. */
public final class Gazetteer {
    public List<ActorMention> find(String text, LocalDate when) {
        return List.of();
    }
}
