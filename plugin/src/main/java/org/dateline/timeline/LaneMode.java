package org.dateline.timeline;

/** What one lane of the timeline holds. */
public enum LaneMode {
    /** One lane per acting entity (RUS, UKR, USA, EU...), the default. */
    SOURCE,
    /** One lane per CAMEO root category (statements, consultations, fights...). */
    ACTION_FAMILY,
    /** One lane per quad class. */
    QUAD_CLASS
}
