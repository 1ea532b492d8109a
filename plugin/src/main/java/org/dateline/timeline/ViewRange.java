package org.dateline.timeline;

/**
 * The visible stretch of time, in epoch days (fractional: a view can start at noon).
 *
 * @param from first visible instant
 * @param to   last visible instant, greater than {@code from}
 */
public record ViewRange(double from, double to) {
    /** The narrowest view: below a couple of days the day axis has nothing left to show. */
    public static final double MIN_WIDTH = 2.0;
    /** The widest view: a century. */
    public static final double MAX_WIDTH = 36525.0;

    public ViewRange {
        if (!(to > from)) {
            throw new IllegalArgumentException("empty range " + from + " .. " + to);
        }
    }

    public double width() {
        return to - from;
    }

    public double centre() {
        return (from + to) / 2;
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same place. */
    public ViewRange zoom(double factor, double anchor) {
        double w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width() * factor));
        double ratio = (anchor - from) / width();
        double f = anchor - ratio * w;
        return new ViewRange(f, f + w);
    }

    /** Moves the view by {@code days} (positive moves later). */
    public ViewRange pan(double days) {
        return new ViewRange(from + days, to + days);
    }

    public boolean contains(double day) {
        return day >= from && day <= to;
    }

    /** The range from {@code a} to {@code b} in either order, widened to the minimum width. */
    public static ViewRange between(double a, double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        if (hi - lo < MIN_WIDTH) {
            double c = (lo + hi) / 2;
            return new ViewRange(c - MIN_WIDTH / 2, c + MIN_WIDTH / 2);
        }
        return new ViewRange(lo, hi);
    }
}
