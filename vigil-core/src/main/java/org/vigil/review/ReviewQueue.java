package org.vigil.review;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.vigil.model.Event;

/**
 * What to review next: current (not historical) events that are unreviewed, in review, stale or carry a task;
 * unreviewed first, then in review, then the rest; within each, the most confident and the most claimed first.
 */
public final class ReviewQueue {
    private ReviewQueue() {
    }

    /** One event to review, with its review. */
    public record Item(Event event, EventReview review) {
    }

    public static List<Item> of(List<Event> events, ReviewedEvents reviews, int limit) {
        return events.stream().filter(e -> !e.historical())
                .map(e -> new Item(e, reviews.review(e.id())))
                .filter(x -> x.review().state() == ReviewState.AUTO || x.review().state() == ReviewState.IN_REVIEW
                        || x.review().stale() || !x.review().tasks().isEmpty())
                .sorted(Comparator.comparingInt((Item x) -> rank(x.review())).thenComparing(x -> -x.event().confidence())
                        .thenComparing(x -> -x.event().claims().size()).thenComparing(x -> x.event().id()))
                .limit(limit).toList();
    }

    private static int rank(EventReview r) {
        return r.state() == ReviewState.AUTO ? 0 : r.state() == ReviewState.IN_REVIEW ? 1 : 2;
    }

    /** The item as the API lists it. */
    public static Map<String, Object> json(Item x) {
        Event e = x.event();
        Map<String, Object> m = new java.util.LinkedHashMap<>(ReviewJson.of(x.review(), e));
        m.put("type", e.type().name());
        m.put("acled_sub_event_type", e.acledSubEventType());
        m.put("date", e.date() == null ? null : e.date().start() == null ? null : e.date().start().toString());
        m.put("place", e.place() == null ? null : e.place().name());
        m.put("confidence", e.confidence());
        m.put("claims", e.claims().size());
        return m;
    }
}
