package org.vigil.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.vigil.model.PloverType;
import org.vigil.relevance.Relevance;
import org.vigil.store.EventQuery;

/** Reads the filters and the page of {@code GET /api/events} and {@code /api/stats} from the query string. */
final class EventQueryParams {
    static final int DEFAULT_LIMIT = 100;
    private static final Set<String> KNOWN = Set.of("from", "to", "bbox", "type", "mode", "acled_sub_event_type",
            "q", "disputed", "historical", "min_sources", "min_confidence", "limit", "offset", "format");

    private EventQueryParams() {
    }

    static EventQuery of(Context ctx) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(name)) {
                throw ApiException.badRequest("unknown parameter '" + name + "'; known: " + String.join(", ", KNOWN.stream().sorted().toList()));
            }
        }
        try {
            return new EventQuery(date(ctx, "from"), date(ctx, "to"), box(ctx.queryParam("bbox")), type(ctx.queryParam("type")),
                    blankToNull(ctx.queryParam("mode")), blankToNull(ctx.queryParam("acled_sub_event_type")),
                    blankToNull(ctx.queryParam("q")), bool(ctx, "disputed"), bool(ctx, "historical"),
                    integer(ctx, "min_sources", null), confidence(ctx), integer(ctx, "limit", DEFAULT_LIMIT), integer(ctx, "offset", 0));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static EventQuery.BoundingBox box(String v) {
        if (blankToNull(v) == null) {
            return null;
        }
        String[] p = v.split(",");
        if (p.length != 4) {
            throw ApiException.badRequest("'bbox' must be minLon,minLat,maxLon,maxLat");
        }
        try {
            return new EventQuery.BoundingBox(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'bbox' must be four numbers: minLon,minLat,maxLon,maxLat");
        }
    }

    private static String type(String v) {
        if (blankToNull(v) == null) {
            return null;
        }
        try {
            return PloverType.valueOf(v.trim().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'type' must be a PLOVER type such as PROTEST or ASSAULT, not '" + v + "'");
        }
    }

    private static Boolean bool(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiException.badRequest("'" + name + "' must be true or false, not '" + v + "'");
        };
    }

    /** A whole-number parameter within {@code min..max}, or its default when absent. */
    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        int v = integer(ctx, name, dflt);
        if (v < min || v > max) {
            throw ApiException.badRequest("'" + name + "' must be " + min + ".." + max + ", not " + v);
        }
        return v;
    }

    private static Integer integer(Context ctx, String name, Integer dflt) {
        String v = blankToNull(ctx.queryParam(name));
        try {
            return v == null ? dflt : Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number, not '" + v + "'");
        }
    }

    /** {@code min_confidence}, by default {@link Relevance#DEFAULT_MIN_CONFIDENCE}; 0 shows every event. */
    private static Double confidence(Context ctx) {
        String v = blankToNull(ctx.queryParam("min_confidence"));
        try {
            return v == null ? Relevance.DEFAULT_MIN_CONFIDENCE : Double.valueOf(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'min_confidence' must be a number between 0 and 1, not '" + v + "'");
        }
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
