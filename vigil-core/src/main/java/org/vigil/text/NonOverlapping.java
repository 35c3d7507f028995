package org.vigil.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Keeps, of overlapping intervals, those that come first in a given order (the longest, say), in O(n log n): the kept
 * intervals never overlap, so a new one overlaps a kept one only if the kept one starting last before its end ends after
 * its start.
 */
public final class NonOverlapping {
    private NonOverlapping() {
    }

    /** The items in {@code preference} order that overlap no item kept before them, returned in start order. */
    public static <T> List<T> keep(List<T> items, Comparator<T> preference, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(preference);
        TreeMap<Integer, Integer> kept = new TreeMap<>();
        List<T> out = new ArrayList<>();
        for (T t : sorted) {
            int s = start.applyAsInt(t);
            int e = end.applyAsInt(t);
            Map.Entry<Integer, Integer> before = kept.lowerEntry(Math.max(e, s + 1));
            if (before != null && before.getValue() > s || kept.containsKey(s)) {
                continue;
            }
            kept.put(s, e);
            out.add(t);
        }
        out.sort(Comparator.comparingInt(start));
        return out;
    }
}
