package org.vigil.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.store.EventStore;

/**
 * The reviewed record as training data, in the form {@code vigil train --labels} reads: one row per judged event,
 * the sentence of its first mention as the text. A verified event gives its type and sub-type (pinned, else the
 * machine's, which the reviewer accepted) and {@code relevant: true}; an event rejected as off topic or not an
 * event gives {@code relevant: false}.
 */
public final class ReviewLabels {
    private ReviewLabels() {
    }

    public static List<Map<String, Object>> of(EventStore store) {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<String, Document> docs = new java.util.HashMap<>();
        for (EventReview r : store.reviews().reviews()) {
            boolean verified = r.state() == ReviewState.VERIFIED;
            boolean offTopic = r.state() == ReviewState.REJECTED && r.reason() != null
                    && (r.reason().startsWith("off_topic") || r.reason().startsWith("not_an_event"));
            Event e = store.event(r.eventId()).orElse(null);
            if (e == null || !verified && !offTopic) {
                continue;
            }
            List<Mention> ms = store.mentionsOf(e.id());
            if (ms.isEmpty()) {
                continue;
            }
            Mention m = ms.get(0);
            Document d = docs.computeIfAbsent(m.documentId(), id -> store.document(id).orElseThrow());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("text", d.cleanText().substring(m.sentence().start(), m.sentence().end()));
            row.put("relevant", verified);
            if (verified) {
                Event shown = ReviewFields.apply(e, r);
                row.put("plover", shown.type().name());
                row.put("sub_event_type", shown.acledSubEventType());
            }
            out.add(row);
        }
        return out;
    }
}
