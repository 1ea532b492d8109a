package org.dateline.event;

/** How an event's date was found. */
public enum DateSource {
    /** An absolute temporal expression governs the event ("on Feb. 24, 2022"). */
    EXPLICIT,
    /** A relative expression resolved against the publication date ("on Tuesday"). */
    RELATIVE,
    /** The date of the surrounding paragraph or the previous dated sentence. */
    CONTEXT,
    /** Nothing better: the publication date. */
    PUBLISHED;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
