package org.dateline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events the filter lets through, split into lanes. Rebuilt whenever the data, the filter or
 * the lane mode changes; cheap enough for that (one pass over events already sorted by day).
 */
public final class LaneIndex {
    private final List<Lane> lanes;
    private final int[] laneOf;
    private final int[] positionOf;
    private final int[] allDays;
    private final int matching;

    private LaneIndex(List<Lane> lanes, int eventCount) {
        this.lanes = List.copyOf(lanes);
        this.laneOf = new int[eventCount];
        this.positionOf = new int[eventCount];
        Arrays.fill(laneOf, -1);
        int total = 0;
        int m = 0;
        for (Lane lane : lanes) {
            total += lane.size();
            m += lane.matching(0, lane.size());
        }
        this.matching = m;
        this.allDays = new int[total];
        int k = 0;
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            for (int i = 0; i < lane.size(); i++) {
                laneOf[lane.event(i).id()] = l;
                positionOf[lane.event(i).id()] = i;
                allDays[k++] = lane.day(i);
            }
        }
        Arrays.sort(allDays);
    }

    /**
     * @param byDay all events of the model, sorted by day, each with {@code id} its index in the
     *              model's list
     */
    public static LaneIndex build(List<TimelineEvent> byDay, int eventCount, LaneMode mode, EventFilter filter) {
        // Two passes over plain arrays: this runs on every filter keystroke, with 100,000 events.
        int n = byDay.size();
        int[] laneNo = new int[n];
        boolean[] match = new boolean[n];
        Map<String, Integer> numbers = new HashMap<>();
        List<String> keys = new ArrayList<>();
        int[] sizes = new int[16];
        Map<String, String> seenNames = new HashMap<>();
        java.util.function.Predicate<TimelineEvent> matcher = filter.predicate();
        for (int i = 0; i < n; i++) {
            TimelineEvent e = byDay.get(i);
            if (!filter.showsModality(e)) {
                laneNo[i] = -1;
                continue;
            }
            match[i] = matcher.test(e);
            if (!match[i] && filter.hideNonMatching()) {
                laneNo[i] = -1;
                continue;
            }
            String key = e.laneKey(mode);
            Integer no = numbers.get(key);
            if (no == null) {
                no = keys.size();
                numbers.put(key, no);
                keys.add(key);
                if (no == sizes.length) {
                    sizes = Arrays.copyOf(sizes, no * 2);
                }
            }
            laneNo[i] = no;
            sizes[no]++;
            if (mode == LaneMode.SOURCE && e.event().source() != null) {
                // The state itself names the lane better than one of its officials.
                String role = e.event().source().role();
                if (role == null || role.isEmpty()) {
                    seenNames.put(key, e.event().source().name());
                } else {
                    seenNames.putIfAbsent(key, e.event().source().name());
                }
            }
        }
        TimelineEvent[][] members = new TimelineEvent[keys.size()][];
        boolean[][] matches = new boolean[keys.size()][];
        for (int l = 0; l < keys.size(); l++) {
            members[l] = new TimelineEvent[sizes[l]];
            matches[l] = new boolean[sizes[l]];
        }
        int[] fill = new int[keys.size()];
        for (int i = 0; i < n; i++) {
            int l = laneNo[i];
            if (l >= 0) {
                members[l][fill[l]] = byDay.get(i);
                matches[l][fill[l]++] = match[i];
            }
        }
        List<Integer> sorted = new ArrayList<>();
        for (int l = 0; l < keys.size(); l++) {
            sorted.add(l);
        }
        int[] finalSizes = sizes;
        sorted.sort(Comparator.comparing((Integer l) -> keys.get(l), order(mode, k -> finalSizes[numbers.get(k)])));
        List<Lane> lanes = new ArrayList<>();
        for (int l : sorted) {
            String key = keys.get(l);
            lanes.add(new Lane(key, LaneNames.label(mode, key, seenNames.get(key)), members[l], matches[l]));
        }
        return new LaneIndex(lanes, eventCount);
    }

    private static Comparator<String> order(LaneMode mode, java.util.function.ToIntFunction<String> size) {
        // The unknown lane ("") always goes last.
        Comparator<String> unknownLast = Comparator.comparing(String::isEmpty);
        if (mode == LaneMode.SOURCE) {
            return unknownLast.thenComparing(k -> -size.applyAsInt(k)).thenComparing(k -> k);
        }
        return unknownLast.thenComparing(k -> k);
    }

    public List<Lane> lanes() {
        return lanes;
    }

    /** The lane holding an event, or -1 when the filter hides it. */
    public int laneOf(TimelineEvent e) {
        return e.id() < laneOf.length ? laneOf[e.id()] : -1;
    }

    /** The event's index within its lane. */
    public int positionOf(TimelineEvent e) {
        return positionOf[e.id()];
    }

    /** Days of all events shown (dimmed ones included), sorted. */
    public int[] allDays() {
        return allDays;
    }

    /** How many events are shown, dimmed ones included. */
    public int shown() {
        return allDays.length;
    }

    /** How many shown events match the filter. */
    public int matching() {
        return matching;
    }

    /** How many shown events fall in {@code [fromDay, toDay]}, through the sorted day array. */
    public int countBetween(int fromDay, int toDay) {
        return lowerBound(toDay + 1) - lowerBound(fromDay);
    }

    private int lowerBound(int day) {
        int lo = 0;
        int hi = allDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (allDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
