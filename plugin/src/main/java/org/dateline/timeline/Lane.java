package org.dateline.timeline;

/**
 * One row of the timeline: its events sorted by day, with running counts so that any run of
 * events can be summarised in constant time (what lets drawing cost follow pixels, not events).
 */
public final class Lane {
    private final String key;
    private final String label;
    private final TimelineEvent[] events;
    private final int[] days;
    private final int[] matchingBefore;
    private final int[][] quadBefore;

    /** @param sorted events sorted by day; {@code matches[i]} says whether the filter keeps event i */
    Lane(String key, String label, TimelineEvent[] sorted, boolean[] matches) {
        this.key = key;
        this.label = label;
        int n = sorted.length;
        this.events = sorted;
        this.days = new int[n];
        this.matchingBefore = new int[n + 1];
        this.quadBefore = new int[4][n + 1];
        for (int i = 0; i < n; i++) {
            days[i] = events[i].day();
            matchingBefore[i + 1] = matchingBefore[i] + (matches[i] ? 1 : 0);
            int q = events[i].quadClass().ordinal();
            for (int k = 0; k < 4; k++) {
                quadBefore[k][i + 1] = quadBefore[k][i];
            }
            if (matches[i]) {
                quadBefore[q][i + 1]++;
            }
        }
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public int size() {
        return events.length;
    }

    public TimelineEvent event(int i) {
        return events[i];
    }

    public int day(int i) {
        return days[i];
    }

    /** Index of the first event on or after {@code day}. */
    public int firstOnOrAfter(int day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first event after {@code day}. */
    public int firstAfter(int day) {
        return day == Integer.MAX_VALUE ? days.length : firstOnOrAfter(day + 1);
    }

    /** How many events of {@code [from, to)} the filter keeps. */
    public int matching(int from, int to) {
        return matchingBefore[to] - matchingBefore[from];
    }

    public boolean matches(int i) {
        return matching(i, i + 1) == 1;
    }

    /** The most frequent quad class among the matching events of {@code [from, to)}. */
    public QuadClass dominant(int from, int to) {
        int best = 0;
        int bestCount = -1;
        for (int k = 0; k < 4; k++) {
            int c = quadBefore[k][to] - quadBefore[k][from];
            if (c > bestCount) {
                best = k;
                bestCount = c;
            }
        }
        return bestCount == 0 ? events[from].quadClass() : QuadClass.values()[best];
    }

    /** How many matching events of {@code [from, to)} fall in each quad class, in code order. */
    public int[] quadCounts(int from, int to) {
        int[] c = new int[4];
        for (int k = 0; k < 4; k++) {
            c[k] = quadBefore[k][to] - quadBefore[k][from];
        }
        return c;
    }
}
