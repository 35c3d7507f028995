package org.vigil.review;

import java.util.Map;
import java.util.TreeMap;

/**
 * A frozen, numbered dataset: its files by name (events.jsonl, events.csv, changelog.json, manifest.json), when it
 * was cut and the last review-log row it includes.
 */
public record Release(String name, int number, String createdAt, long logSeq, Map<String, byte[]> files) {
    public Release {
        files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
    }
}
