package org.dateline.time;

import java.time.LocalDate;
import java.util.List;

/** Finds and normalizes temporal expressions. Thread-safe once built. */
public final class TemporalTagger {
    /**
     * Tags the text.
     *
     * @param text   the text to tag
     * @param anchor the publication date relative expressions resolve against, or null: then
     *               relative expressions stay unresolved, never silently anchored to today
     */
    public List<Timex> tag(String text, LocalDate anchor) {
        return List.of();
    }
}
