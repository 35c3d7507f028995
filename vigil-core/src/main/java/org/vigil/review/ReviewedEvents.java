package org.vigil.review;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.export.EventJson;
import org.vigil.model.Event;

/**
 * The record as readers see it: each event with its pinned values in place of the machine's, and its review
 * (state, flags, pins beside the machine's values, claim states) beside the event's fields.
 */
public final class ReviewedEvents {
    private final Map<String, EventReview> reviews = new HashMap<>();
    private final Map<String, ClaimState> claims;

    private ReviewedEvents(ReviewStore store) {
        store.reviews().forEach(r -> reviews.put(r.eventId(), r));
        this.claims = store.claimStates();
    }

    /** A snapshot of the store's reviews. */
    public static ReviewedEvents of(ReviewStore store) {
        return new ReviewedEvents(store);
    }

    public EventReview review(String eventId) {
        return reviews.getOrDefault(eventId, EventReview.untouched(eventId));
    }

    /** The killed figure a reviewer settled for the event (the pinned best, else its low), or null. */
    public Long settledKilled(Event e) {
        EventReview r = reviews.get(e.id());
        String v = r == null ? null : r.pins().get("killed");
        if (v == null) {
            return null;
        }
        return Long.parseLong(Agreement.comparable("killed", v));
    }

    /** The event with its pins applied. */
    public Event applied(Event e) {
        return ReviewFields.apply(e, reviews.get(e.id()));
    }

    public List<Event> applied(List<Event> events) {
        return events.stream().map(this::applied).toList();
    }

    /** The event's JSON (pins applied) with a {@code review} object: its state, pins beside the machine's values, and claim states. */
    public Map<String, Object> json(Event e) {
        Map<String, Object> m = new LinkedHashMap<>(EventJson.of(applied(e)));
        Map<String, Object> r = new LinkedHashMap<>(ReviewJson.of(review(e.id()), e));
        r.remove("event_id");
        r.put("claims", e.claims().stream().map(c -> Map.of("key", ClaimKeys.of(c),
                "state", claims.getOrDefault(ClaimKeys.of(c), ClaimState.UNREVIEWED).code())).toList());
        m.put("review", r);
        return m;
    }
}
