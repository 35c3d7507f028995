package org.vigil.store;

import java.time.LocalDate;

/**
 * Filters and a page of the event record. Null means "no filter". Dates keep events whose range overlaps
 * {@code from..to}; the box keeps events placed inside it; {@code text} is an FTS5 query over the evidence;
 * {@code minConfidence} keeps events whose relevance confidence reaches it.
 */
public record EventQuery(LocalDate from, LocalDate to, BoundingBox box, String type, String mode,
                         String acledSubEventType, String text, Boolean disputed, Boolean historical,
                         Integer minSources, Double minConfidence, int limit, int offset) {
    public static final int MAX_LIMIT = 1000;

    public EventQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", not " + limit);
        }
        if (minConfidence != null && (minConfidence < 0 || minConfidence > 1 || minConfidence.isNaN())) {
            throw new IllegalArgumentException("min_confidence must be between 0 and 1, not " + minConfidence);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
        }
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, null, null, null, MAX_LIMIT, 0);
    }

    /** South-west and north-east corners in degrees. */
    public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {
        public BoundingBox {
            if (minLat > maxLat || minLat < -90 || maxLat > 90 || minLon < -180 || maxLon > 180 || minLon > maxLon) {
                throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat within the globe");
            }
        }
    }
}
