package org.vigil.corpus;

import java.util.Map;

/**
 * What keeps events stable across re-derivation. {@code placed}: mentions a reviewer put in an event (by a merge
 * or a split), mention id to event id; the machine never moves them. {@code previous}: the event each mention was
 * in at the last derivation, so an event keeps its id when reports join it. {@code retired}: ids merged into
 * another event, never given again. {@code copies}: pairs of documents a reviewer marked as copies (true) or as
 * independent (false), keyed {@code "A|B"} with A < B; they override what the copy detector found.
 */
public record EventIdentity(Map<String, String> placed, Map<String, String> previous, java.util.Set<String> retired,
                            Map<String, Boolean> copies) {
    public static final EventIdentity NONE = new EventIdentity(Map.of(), Map.of(), java.util.Set.of(), Map.of());

    public EventIdentity(Map<String, String> placed, Map<String, String> previous, java.util.Set<String> retired) {
        this(placed, previous, retired, Map.of());
    }

    /** The key of a pair of documents, in either order. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }

    public EventIdentity {
        placed = Map.copyOf(placed);
        previous = Map.copyOf(previous);
        retired = java.util.Set.copyOf(retired);
        copies = Map.copyOf(copies);
    }
}
