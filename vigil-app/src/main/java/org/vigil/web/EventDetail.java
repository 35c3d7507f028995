package org.vigil.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.export.EventJson;
import org.vigil.model.ClaimKind;
import org.vigil.model.CopyLink;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;
import org.vigil.model.Mention;
import org.vigil.store.EventStore;

/**
 * One event as the evidence panel needs it: the export record, its claims grouped by kind and claimant
 * (with the disputed mark per kind), the mentions it was built from with their sentence spans, the copies
 * between its documents, the incident-chain steps into and out of it, and the witness submissions among its
 * documents with their photos and videos.
 */
final class EventDetail {
    private EventDetail() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> of(Event e, EventStore store) {
        Map<String, Object> m = org.vigil.review.ReviewedEvents.of(store.reviews()).json(e);
        List<Map<String, Object>> claims = (List<Map<String, Object>>) m.get("claims");
        m.put("claims_by_kind", byKind(claims, e.disputed()));
        m.put("all_sources", e.documents().size());
        Map<String, Object> languages = new LinkedHashMap<>();
        e.documents().forEach(d -> languages.put(d.id(), store.document(d.id()).map(org.vigil.model.Document::language).orElse(null)));
        m.put("document_languages", languages);
        m.put("mentions", mentions(e, store));
        m.put("copies", copies(e, store));
        m.put("chain", chain(e, store));
        m.putAll(EvidenceJson.ofDocuments(e.documents().stream().map(DocumentRef::id).toList(), store.evidence()));
        return m;
    }

    /** The incident-chain steps into and out of this event, each with the other event in brief. */
    private static List<Map<String, Object>> chain(Event e, EventStore store) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (IncidentLink l : store.chainOf(e.id())) {
            boolean follows = l.toEventId().equals(e.id());
            String other = follows ? l.fromEventId() : l.toEventId();
            store.event(other).ifPresent(o -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("direction", follows ? "follows" : "followed_by");
                m.put("relation", l.relation());
                m.put("event", other);
                m.put("type", o.type().name());
                m.put("modes", o.modes());
                m.put("date_start", o.date() == null ? null : o.date().start().toString());
                m.put("place", o.place() == null ? null : o.place().name());
                m.put("reason", l.reason());
                out.add(m);
            });
        }
        return out;
    }

    private static List<Map<String, Object>> byKind(List<Map<String, Object>> claims, List<ClaimKind> disputed) {
        Map<String, Map<String, List<Map<String, Object>>>> grouped = new LinkedHashMap<>();
        for (Map<String, Object> c : claims) {
            grouped.computeIfAbsent((String) c.get("kind"), k -> new LinkedHashMap<>())
                    .computeIfAbsent((String) c.get("claimant"), k -> new ArrayList<>()).add(c);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        grouped.forEach((kind, byClaimant) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", kind);
            row.put("disputed", disputed.contains(ClaimKind.parse(kind)));
            row.put("claimants", byClaimant.entrySet().stream()
                    .map(en -> Map.of("claimant", en.getKey(), "claims", en.getValue())).toList());
            out.add(row);
        });
        return out;
    }

    /** One query for the event's mentions (not a whole analysis per document), in the event's document order. */
    private static List<Map<String, Object>> mentions(Event e, EventStore store) {
        List<String> order = e.documents().stream().map(DocumentRef::id).toList();
        return store.mentionsOf(e.id()).stream()
                .sorted(java.util.Comparator.comparingInt(mn -> order.indexOf(mn.documentId())))
                .map(EventDetail::mention).toList();
    }

    /** Copied passages between this event's documents: why they count as one source. */
    private static List<Map<String, Object>> copies(Event e, EventStore store) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CopyLink c : store.copiesAmong(e.documents().stream().map(DocumentRef::id).toList())) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document_a", c.documentA());
            m.put("document_b", c.documentB());
            m.put("similarity", c.similarity());
            m.put("passage", c.passage());
            m.put("reason", c.reason());
            out.add(m);
        }
        return out;
    }

    static Map<String, Object> mention(Mention mn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", mn.id());
        m.put("document", mn.documentId());
        m.put("type", mn.type().name());
        m.put("modes", mn.modes());
        m.put("trigger", mn.trigger());
        m.put("start", mn.sentence().start());
        m.put("end", mn.sentence().end());
        m.put("date_text", mn.date() == null ? null : mn.date().text());
        m.put("place_as_written", mn.place() == null ? null : mn.place().nameAsWritten());
        m.put("historical", mn.historical());
        m.put("future", mn.future());
        return m;
    }
}
