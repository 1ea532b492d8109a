package org.dateline.plugin.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.dateline.timeline.ViewRange;

/**
 * The geometry of one painted timeline: where time and lanes are, and what was drawn where. The
 * component keeps the last one to turn mouse positions into days, lanes and events.
 */
public final class TimelineFrame {
    private final Rectangle2D dataArea;
    private final ViewRange range;
    private final double laneHeight;
    private final int laneCount;
    private final int firstLane;
    private final int totalLanes;
    private final List<List<Mark>> marks = new ArrayList<>();

    TimelineFrame(Rectangle2D dataArea, ViewRange range, double laneHeight, int laneCount) {
        this(dataArea, range, laneHeight, 0, laneCount, laneCount);
    }

    TimelineFrame(Rectangle2D dataArea, ViewRange range, double laneHeight, int firstLane, int laneCount,
                  int totalLanes) {
        this.dataArea = dataArea;
        this.range = range;
        this.laneHeight = laneHeight;
        this.firstLane = firstLane;
        this.laneCount = laneCount;
        this.totalLanes = totalLanes;
        for (int i = 0; i < laneCount; i++) {
            marks.add(new ArrayList<>());
        }
    }

    public Rectangle2D dataArea() {
        return dataArea;
    }

    public ViewRange range() {
        return range;
    }

    public double laneHeight() {
        return laneHeight;
    }

    /** How many lanes were drawn (the others are scrolled out of sight). */
    public int laneCount() {
        return laneCount;
    }

    /** The first lane drawn, at the top. */
    public int firstLane() {
        return firstLane;
    }

    /** How many lanes there are, drawn or not. */
    public int totalLanes() {
        return totalLanes;
    }

    /** Whether a lane is drawn. */
    public boolean shows(int lane) {
        return lane >= firstLane && lane < firstLane + laneCount;
    }

    public double xOf(double day) {
        return dataArea.getMinX() + (day - range.from()) / range.width() * dataArea.getWidth();
    }

    public double dayAt(double x) {
        return range.from() + (x - dataArea.getMinX()) / dataArea.getWidth() * range.width();
    }

    /** Days per pixel. */
    public double daysPerPixel() {
        return range.width() / dataArea.getWidth();
    }

    public double laneTop(int lane) {
        return dataArea.getMinY() + (lane - firstLane) * laneHeight;
    }

    /** The lane under {@code y}, or -1. */
    public int laneAt(double y) {
        if (y < dataArea.getMinY()) {
            return -1;
        }
        int row = (int) ((y - dataArea.getMinY()) / laneHeight);
        return row < laneCount ? firstLane + row : -1;
    }

    void add(Mark m) {
        marks.get(m.lane() - firstLane).add(m);
    }

    /** The marks drawn in a lane, left to right. */
    public List<Mark> marks(int lane) {
        return shows(lane) ? marks.get(lane - firstLane) : List.of();
    }

    /** The mark under a point (with a little slack for small marks), or null. */
    public Mark markAt(double x, double y) {
        int lane = laneAt(y);
        if (lane < 0) {
            return null;
        }
        Mark best = null;
        double bestDistance = 4;
        for (Mark m : marks(lane)) {
            Rectangle2D b = m.bounds();
            double dx = Math.max(0, Math.max(b.getMinX() - x, x - b.getMaxX()));
            double dy = Math.max(0, Math.max(b.getMinY() - y, y - b.getMaxY()));
            double d = Math.max(dx, dy);
            if (d <= bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }
}
