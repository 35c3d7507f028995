package org.vigil.corpus;

import java.util.Map;

/**
 * What keeps events stable across re-derivation. {@code placed}: mentions a reviewer put in an event (by a merge
 * or a split), mention id to event id; the machine never moves them. {@code previous}: the event each mention was
 * in at the last derivation, so an event keeps its id when reports join it. {@code retired}: ids merged into
 * another event, never given again.
 */
public record EventIdentity(Map<String, String> placed, Map<String, String> previous, java.util.Set<String> retired) {
    public static final EventIdentity NONE = new EventIdentity(Map.of(), Map.of(), java.util.Set.of());

    public EventIdentity {
        placed = Map.copyOf(placed);
        previous = Map.copyOf(previous);
        retired = java.util.Set.copyOf(retired);
    }
}
