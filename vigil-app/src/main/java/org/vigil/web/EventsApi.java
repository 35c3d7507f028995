package org.vigil.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.export.EventJson;
import org.vigil.export.Exporter;
import org.vigil.store.EventPage;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStats;
import org.vigil.store.EventStore;

/** {@code GET /api/events} (JSON, CSV, GeoJSON, JSONL), {@code GET /api/events/{id}} and {@code GET /api/stats}. */
final class EventsApi {
    private final EventStore store;

    EventsApi(EventStore store) {
        this.store = store;
    }

    void list(Context ctx) throws IOException {
        String format = format(ctx);
        EventQuery query = EventQueryParams.of(ctx);
        EventPage page = store.events(query);
        ctx.header("X-Total-Count", String.valueOf(page.total()));
        if (format.equals("json")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", page.total());
            body.put("limit", page.limit());
            body.put("offset", page.offset());
            long next = (long) page.offset() + page.events().size();
            body.put("next_offset", next < page.total() ? next : null);
            var reviewed = org.vigil.review.ReviewedEvents.of(store.reviews());
            body.put("events", page.events().stream().map(reviewed::json).toList());
            ctx.json(body);
            return;
        }
        StringWriter out = new StringWriter();
        var reviewed = org.vigil.review.ReviewedEvents.of(store.reviews());
        Exporter.forFormat(format, reviewed::settledKilled).write(reviewed.applied(page.events()), out);
        ctx.contentType(switch (format) {
            case "csv" -> "text/csv; charset=utf-8";
            case "geojson" -> "application/geo+json";
            default -> "application/x-ndjson; charset=utf-8";
        }).result(out.toString());
    }

    void one(Context ctx) {
        var event = store.event(ctx.pathParam("id")).orElseThrow(() -> ApiException.notFound("event '" + ctx.pathParam("id") + "'"));
        ctx.json(EventDetail.of(event, store));
    }

    void stats(Context ctx) {
        EventStats s = store.stats(EventQueryParams.of(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", s.events());
        body.put("by_day", counts(s.byDay(), "day"));
        body.put("by_type", counts(s.byType(), "type"));
        body.put("by_place", counts(s.byPlace(), "place"));
        ctx.json(body);
    }

    private static List<Map<String, Object>> counts(Map<String, Long> m, String key) {
        return m.entrySet().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(key, e.getKey());
            row.put("count", e.getValue());
            return row;
        }).toList();
    }

    /** {@code format=} wins over {@code Accept}; JSON when neither names another format. */
    static String format(Context ctx) {
        String f = ctx.queryParam("format");
        if (f != null && !f.isBlank()) {
            f = f.trim().toLowerCase(Locale.ROOT);
            if (!List.of("json", "csv", "geojson", "jsonl").contains(f)) {
                throw ApiException.badRequest("'format' must be json, csv, geojson or jsonl, not '" + f + "'");
            }
            return f;
        }
        String accept = ctx.header("Accept");
        if (accept == null) {
            return "json";
        }
        accept = accept.toLowerCase(Locale.ROOT);
        if (accept.contains("text/csv")) {
            return "csv";
        }
        if (accept.contains("application/geo+json")) {
            return "geojson";
        }
        if (accept.contains("application/x-ndjson") || accept.contains("application/jsonl")) {
            return "jsonl";
        }
        return "json";
    }
}
