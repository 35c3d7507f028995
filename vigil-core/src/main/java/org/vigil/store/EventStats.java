package org.vigil.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts of the events that match a query: by first day (in date order), by PLOVER type and by place
 * (most frequent first). Orders are kept, so a timeline can be drawn as it comes.
 */
public record EventStats(long events, Map<String, Long> byDay, Map<String, Long> byType, Map<String, Long> byPlace) {
    public EventStats {
        byDay = Collections.unmodifiableMap(new LinkedHashMap<>(byDay));
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byPlace = Collections.unmodifiableMap(new LinkedHashMap<>(byPlace));
    }
}
