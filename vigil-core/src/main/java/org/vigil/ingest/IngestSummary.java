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

    /** This run followed by a later one: counts added, the record's totals as the later run left them. */
    public IngestSummary plus(IngestSummary later) {
        List<Failure> all = new java.util.ArrayList<>(failures);
        all.addAll(later.failures);
        return new IngestSummary(added + later.added, unchanged + later.unchanged, all, later.mentions, later.claims,
                later.events, seconds + later.seconds);
    }

    /** The same summary with these failures first. */
    public IngestSummary withEarlierFailures(List<Failure> earlier) {
        List<Failure> all = new java.util.ArrayList<>(earlier);
        all.addAll(failures);
        return new IngestSummary(added, unchanged, all, mentions, claims, events, seconds);
    }

    public double documentsPerSecond() {
        return seconds <= 0 ? 0 : (added + unchanged) / seconds;
    }
}
