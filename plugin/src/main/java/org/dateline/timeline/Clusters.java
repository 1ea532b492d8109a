package org.dateline.timeline;

/**
 * Groups a lane's events into clusters on a grid of days, so that a view draws at most one mark
 * per few pixels however many events there are. The grid is aligned on epoch day 0 and its step
 * is a power of two, so clusters stay put while panning and split in two as you zoom in; at one
 * day per step, a cluster is exactly one day of one lane.
 */
public final class Clusters {
    private Clusters() {
    }

    /** Receives each cluster: events {@code [from, to)} of the lane, on days {@code firstDay..lastDay} of the grid. */
    @FunctionalInterface
    public interface Visitor {
        void cluster(int from, int to, int firstDay, int lastDay);
    }

    /** The grid step in days: the smallest power of two at least {@code daysPerMark} (1 at least). */
    public static int step(double daysPerMark) {
        int p = 1;
        while (p < daysPerMark && p < (1 << 20)) {
            p <<= 1;
        }
        return p;
    }

    /** Visits the clusters of {@code lane} that touch the days {@code fromDay..toDay}. */
    public static void visit(Lane lane, double fromDay, double toDay, int step, Visitor v) {
        int first = (int) Math.floor(fromDay);
        int last = (int) Math.ceil(toDay);
        int i = lane.firstOnOrAfter(Math.floorDiv(first, step) * step);
        int n = lane.size();
        while (i < n && lane.day(i) <= last) {
            int start = Math.floorDiv(lane.day(i), step) * step;
            int end = start + step - 1;
            int j = lane.firstAfter(end);
            v.cluster(i, j, start, end);
            i = j;
        }
    }
}
