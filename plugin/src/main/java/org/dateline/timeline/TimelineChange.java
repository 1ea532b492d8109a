package org.dateline.timeline;

/**
 * What changed in a {@link TimelineModel}.
 *
 * @param model the model that changed
 * @param kind  which part
 */
public record TimelineChange(TimelineModel model, Kind kind) {
    public enum Kind {
        /** Articles were opened or closed: events, lanes and the extent may all differ. */
        DATA,
        /** The filter changed: lanes and shown events may differ. */
        FILTER,
        /** The lane mode changed. */
        LANES,
        /** The selected events changed. */
        SELECTION,
        /** The article shown in the article view changed. */
        ARTICLE,
        /** The visible range of time changed. */
        RANGE
    }

    /** True when the lanes and their events must be read again. */
    public boolean affectsLanes() {
        return kind == Kind.DATA || kind == Kind.FILTER || kind == Kind.LANES;
    }
}
