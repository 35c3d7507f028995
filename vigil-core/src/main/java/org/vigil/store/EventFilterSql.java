package org.vigil.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The WHERE clause of an {@link EventQuery} over the {@code events} table, with its named bindings. */
record EventFilterSql(String where, Map<String, Object> bindings) {
    /** The first column of the order index: events sort by first day, undated ones last. */
    static final String ORDER_KEY = "coalesce(date_start, '9999')";

    /**
     * @param maxSpanDays the longest date range of any stored event: with it, a date filter also bounds the
     *                    sort key, so the order index is read as a range instead of whole
     */
    static EventFilterSql of(EventQuery q, long maxSpanDays, SqlDialect dialect, UnaryOperator<String> sql) {
        List<String> c = new ArrayList<>();
        Map<String, Object> b = new LinkedHashMap<>();
        if (q.from() != null) {
            c.add("coalesce(date_end, date_start) >= :from AND " + ORDER_KEY + " >= :fromKey");
            b.put("from", q.from().toString());
            b.put("fromKey", q.from().minusDays(maxSpanDays).toString());
        }
        if (q.to() != null) {
            c.add("date_start <= :to AND " + ORDER_KEY + " <= :to");
            b.put("to", q.to().toString());
        }
        if (q.box() != null) {
            c.add("lat BETWEEN :minLat AND :maxLat AND lon BETWEEN :minLon AND :maxLon");
            b.put("minLat", q.box().minLat());
            b.put("maxLat", q.box().maxLat());
            b.put("minLon", q.box().minLon());
            b.put("maxLon", q.box().maxLon());
        }
        if (q.type() != null) {
            c.add("type = :type");
            b.put("type", q.type());
        }
        if (q.mode() != null) {
            c.add("modes LIKE :mode ESCAPE '!'");
            b.put("mode", "%," + q.mode().replaceAll("([!%_])", "!$1") + ",%");
        }
        if (q.acledSubEventType() != null) {
            c.add("acled_sub_event_type = :acled");
            b.put("acled", q.acledSubEventType());
        }
        if (q.text() != null) {
            // With a date range the dialect may read that slice of the order index and test each row against
            // the text hits rather than drive the query by the hits (one lookup per hit): filter_text_dated.
            boolean dated = q.from() != null || q.to() != null;
            c.add(sql.apply(dated ? "filter_text_dated" : "filter_text").strip());
            b.put("text", dialect.textQuery(q.text()));
        }
        if (q.disputed() != null) {
            c.add("disputed = " + (q.disputed() ? 1 : 0));
        }
        if (q.historical() != null) {
            c.add("historical = " + (q.historical() ? 1 : 0));
        }
        if (q.minSources() != null) {
            c.add("independent_sources >= :minSources");
            b.put("minSources", q.minSources());
        }
        if (q.minConfidence() != null && q.minConfidence() > 0) {
            c.add("confidence >= :minConfidence");
            b.put("minConfidence", q.minConfidence());
        }
        return new EventFilterSql(c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c), b);
    }

    /** Each word a quoted FTS5 term, all required: user text never reaches FTS5 as query syntax. */
    static String ftsPhrase(String text) {
        List<String> terms = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                terms.add("\"" + w.replace("\"", "\"\"") + "\"");
            }
        }
        return terms.isEmpty() ? "\"\"" : String.join(" AND ", terms);
    }
}
