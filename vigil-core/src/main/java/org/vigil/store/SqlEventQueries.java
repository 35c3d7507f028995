package org.vigil.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.vigil.model.Event;

/** Filtered, paged reads of the event record and its counts (the API's list, map and timeline). */
final class SqlEventQueries {
    private static final String KEY = EventFilterSql.ORDER_KEY;

    private SqlEventQueries() {
    }

    /**
     * The page is chosen in the narrow facets table and only its rows' JSON records are read. With free text,
     * the total comes from the same scan (a window count) rather than a second pass over the text hits; otherwise
     * a count over the covering index is cheaper than a window, which must materialise every match.
     */
    static EventPage page(Handle h, EventFilterSql f, EventQuery q) {
        boolean filtered = q.text() != null;
        String page = "SELECT id, " + KEY + " AS k" + (filtered ? ", count(*) OVER () AS total" : ", 0 AS total")
                + " FROM event_facets" + f.where() + " ORDER BY k, id LIMIT :limit OFFSET :offset";
        long[] total = {-1};
        var events = bind(h.createQuery("SELECT e.record, p.total FROM (" + page + ") p JOIN events e ON e.id = p.id ORDER BY p.k, p.id"), f)
                .bind("limit", q.limit()).bind("offset", q.offset())
                .map((rs, ctx) -> {
                    total[0] = rs.getLong(2);
                    return Json.read(rs.getString(1), Event.class);
                }).list();
        if (!filtered || events.isEmpty()) {
            total[0] = bind(h.createQuery("SELECT count(*) FROM event_facets" + f.where()), f).mapTo(Long.class).one();
        }
        return new EventPage(events, total[0], q.limit(), q.offset());
    }

    static EventStats stats(Handle h, EventFilterSql f) {
        Map<String, Long> byType = counts(h, f, "type", "1 = 1", "count(*) DESC, type");
        return new EventStats(byType.values().stream().mapToLong(Long::longValue).sum(),
                counts(h, f, KEY, "date_start IS NOT NULL", KEY), byType,
                counts(h, f, "place_name", "place_name IS NOT NULL", "count(*) DESC, place_name LIMIT 50"));
    }

    /** The longest date range of any event, in days (0 when none is dated). */
    static long maxSpanDays(Handle h, String query) {
        Long days = h.createQuery(query).mapTo(Long.class).one();
        return days == null ? 0 : days;
    }

    private static Map<String, Long> counts(Handle h, EventFilterSql f, String column, String extra, String order) {
        String where = f.where().isEmpty() ? " WHERE " + extra : f.where() + " AND " + extra;
        Map<String, Long> out = new LinkedHashMap<>();
        bind(h.createQuery("SELECT " + column + " AS k, count(*) AS n FROM event_facets" + where + " GROUP BY " + column
                + " ORDER BY " + order), f)
                .map((rs, ctx) -> Map.entry(rs.getString("k"), rs.getLong("n"))).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Query bind(Query query, EventFilterSql f) {
        f.bindings().forEach(query::bind);
        return query;
    }
}
