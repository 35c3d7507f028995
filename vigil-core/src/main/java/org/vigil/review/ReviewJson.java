package org.vigil.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Event;

/** An event's review as the CLI, the API and the exports show it: the state, flags, tasks, and each pin beside the machine's value. */
public final class ReviewJson {
    private ReviewJson() {
    }

    public static Map<String, Object> of(EventReview r, Event machine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", r.eventId());
        m.put("state", r.state().code());
        m.put("assignee", r.assignee());
        m.put("locked_until", r.lockedUntil());
        m.put("reason", r.reason());
        m.put("merged_into", r.mergedInto());
        m.put("split_from", r.splitFrom());
        m.put("needs_second_opinion", r.secondOpinion());
        m.put("published", r.published());
        m.put("stale", r.stale());
        Map<String, Object> pins = new LinkedHashMap<>();
        r.pins().forEach((field, value) -> {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("value", value);
            p.put("machine", machine == null ? r.pinnedOver().get(field) : ReviewFields.machine(field, machine));
            pins.put(field, p);
        });
        m.put("pins", pins);
        m.put("tasks", List.copyOf(r.tasks()));
        return m;
    }

    public static Map<String, Object> of(LogEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", e.seq());
        m.put("at", e.at());
        m.put("actor", e.actor());
        m.put("operation", e.operation());
        m.put("target", e.target());
        m.put("field", e.field());
        m.put("before", e.before());
        m.put("after", e.after());
        m.put("reason", e.reason());
        m.put("client", e.client());
        m.put("hash", e.hash());
        return m;
    }
}
