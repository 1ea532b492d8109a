package org.dateline.plugin.chart;

import java.awt.geom.Rectangle2D;

/**
 * Something drawn for events: one event or a cluster, where the mouse can find it.
 *
 * @param bounds where it was drawn
 * @param lane   the lane's index
 * @param from   first event (index in the lane)
 * @param to     one past the last event
 */
public record Mark(Rectangle2D bounds, int lane, int from, int to) {
    public int count() {
        return to - from;
    }
}
