package org.vigil.store;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;

/** Writes derived events in batches: the JSON record, the facets the API filters on, the full-text body, the mentions. */
final class SqlEventWriter {
    private static final int BATCH = 2000;

    private SqlEventWriter() {
    }

    static void write(Handle h, List<Event> events, UnaryOperator<String> sql) {
        for (int from = 0; from < events.size(); from += BATCH) {
            List<Event> chunk = events.subList(from, Math.min(events.size(), from + BATCH));
            PreparedBatch records = h.prepareBatch(sql.apply("insert_event"));
            PreparedBatch facets = h.prepareBatch(sql.apply("insert_event_facets"));
            PreparedBatch fts = h.prepareBatch(sql.apply("insert_event_fts"));
            PreparedBatch mentions = h.prepareBatch(sql.apply("insert_event_mention"));
            long rid = from;
            for (Event e : chunk) {
                rid++;
                record(records, e);
                facets(facets, e, rid);
                fts.bind("rid", rid).bind("id", e.id()).bind("body", searchText(e)).add();
                e.mentionIds().forEach(m -> mentions.bind("eventId", e.id()).bind("mentionId", m).add());
            }
            for (PreparedBatch b : List.of(records, facets, fts, mentions)) {
                if (b.size() > 0) {
                    b.execute();
                }
            }
        }
    }

    private static void record(PreparedBatch b, Event e) {
        b.bind("id", e.id()).bind("type", e.type().name())
                .bind("dateStart", e.date() == null ? null : e.date().start().toString())
                .bind("dateEnd", e.date() == null ? null : e.date().end().toString())
                .bind("country", e.place() == null ? null : e.place().country())
                .bind("lat", e.place() == null ? null : e.place().lat())
                .bind("lon", e.place() == null ? null : e.place().lon())
                .bind("historical", e.historical() ? 1 : 0).bind("disputed", e.disputed().isEmpty() ? 0 : 1)
                .bind("independentSources", e.independentSources()).bind("record", Json.write(e)).add();
    }

    private static void facets(PreparedBatch b, Event e, long rid) {
        b.bind("rid", rid).bind("id", e.id()).bind("type", e.type().name())
                .bind("modes", "," + String.join(",", e.modes()) + ",")
                .bind("acledSubEventType", e.acledSubEventType())
                .bind("dateStart", e.date() == null ? null : e.date().start().toString())
                .bind("dateEnd", e.date() == null ? null : e.date().end().toString())
                .bind("placeName", e.place() == null ? null : e.place().name())
                .bind("lat", e.place() == null ? null : e.place().lat())
                .bind("lon", e.place() == null ? null : e.place().lon())
                .bind("historical", e.historical() ? 1 : 0).bind("future", e.future() ? 1 : 0)
                .bind("disputed", e.disputed().isEmpty() ? 0 : 1)
                .bind("independentSources", e.independentSources()).bind("confidence", e.confidence()).add();
    }

    /** What free-text search looks in: the event's words and the evidence behind it. */
    static String searchText(Event e) {
        StringBuilder sb = new StringBuilder(e.type().name()).append(' ').append(String.join(" ", e.modes()));
        if (e.place() != null) {
            sb.append(' ').append(e.place().name()).append(' ').append(e.place().nameAsWritten());
        }
        e.actors().forEach(a -> sb.append(' ').append(a.name()));
        e.recipients().forEach(a -> sb.append(' ').append(a.name()));
        e.slogans().forEach(x -> sb.append(' ').append(x));
        e.claims().forEach(c -> sb.append(' ').append(c.claimant()).append(' ').append(c.quote()));
        e.documents().stream().map(DocumentRef::publisher).filter(x -> x != null).forEach(x -> sb.append(' ').append(x));
        return sb.toString();
    }
}
