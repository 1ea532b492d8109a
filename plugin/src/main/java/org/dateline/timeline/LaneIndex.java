package org.dateline.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
        Map<String, List<TimelineEvent>> groups = new LinkedHashMap<>();
        Map<String, List<Boolean>> flags = new HashMap<>();
        Map<String, String> seenNames = new HashMap<>();
        for (TimelineEvent e : byDay) {
            if (!filter.showsModality(e)) {
                continue;
            }
            boolean match = filter.matches(e);
            if (!match && filter.hideNonMatching()) {
                continue;
            }
            String key = e.laneKey(mode);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            flags.computeIfAbsent(key, k -> new ArrayList<>()).add(match);
            if (mode == LaneMode.SOURCE && e.event().source() != null) {
                // The state itself names the lane better than one of its officials.
                boolean state = e.event().source().role() == null || e.event().source().role().isEmpty();
                if (state || !seenNames.containsKey(key)) {
                    seenNames.put(key, e.event().source().name());
                }
            }
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(order(mode, groups));
        List<Lane> lanes = new ArrayList<>();
        for (String key : keys) {
            List<Boolean> f = flags.get(key);
            boolean[] matches = new boolean[f.size()];
            for (int i = 0; i < matches.length; i++) {
                matches[i] = f.get(i);
            }
            lanes.add(new Lane(key, LaneNames.label(mode, key, seenNames.get(key)), groups.get(key), matches));
        }
        return new LaneIndex(lanes, eventCount);
    }

    private static Comparator<String> order(LaneMode mode, Map<String, List<TimelineEvent>> groups) {
        // The unknown lane ("") always goes last.
        Comparator<String> unknownLast = Comparator.comparing(String::isEmpty);
        if (mode == LaneMode.SOURCE) {
            return unknownLast.thenComparing(k -> -groups.get(k).size()).thenComparing(k -> k);
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
