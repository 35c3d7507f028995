package org.vigil.store;

import java.util.List;
import org.vigil.model.Event;

/** One page of events in a stable order (date, then id), with the count of all events that match. */
public record EventPage(List<Event> events, long total, int limit, int offset) {
    public EventPage {
        events = List.copyOf(events);
    }
}
