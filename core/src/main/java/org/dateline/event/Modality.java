package org.dateline.event;

/** How the article presents an event. */
public enum Modality {
    ASSERTED, NEGATED, HYPOTHETICAL, PLANNED;

    /** The lower-case name used in JSON. */
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
