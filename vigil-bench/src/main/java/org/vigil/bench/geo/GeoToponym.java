package org.vigil.bench.geo;

/** One toponym of a gold file or a system's output: character span, the words as written, coordinates (null: none). */
public record GeoToponym(int start, int end, String mention, Double lat, Double lon) {
    /** True when the system gave no usable point (none, or the 0,0 that some systems write for "not found"). */
    public boolean unresolved() {
        return lat == null || lon == null || lat == 0.0 && lon == 0.0;
    }

    double middle() {
        return (start + end) / 2.0;
    }
}
