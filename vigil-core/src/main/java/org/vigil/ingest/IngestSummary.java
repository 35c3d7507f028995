package org.vigil.ingest;

import java.util.List;

/** What an ingest run did: documents new, unchanged (already stored) and failed (with reasons), and the record after it. */
public record IngestSummary(int added, int unchanged, List<Failure> failures, long mentions, long claims, long events,
                            double seconds) {
    /** A document that could not be ingested and why, in one line. */
    public record Failure(String source, String reason) {
    }

    public IngestSummary {
        failures = List.copyOf(failures);
    }

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (added + unchanged) / seconds;
    }
}
