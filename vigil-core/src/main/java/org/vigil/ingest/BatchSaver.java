package org.vigil.ingest;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Analysis;
import org.vigil.pipeline.AnalysisSink;

/**
 * Saves analysed documents in batches (64 by default: {@code ingest.save-batch}), one transaction each, which costs far less than a
 * transaction per document. When a batch cannot be stored, its documents are saved one by one, so only the
 * bad one is reported and skipped; each document stays all or nothing.
 */
final class BatchSaver {
    private final AnalysisSink store;
    private final int size;
    private final List<IngestSummary.Failure> failures;
    private final List<String> labels = new ArrayList<>();
    private final List<Analysis> batch = new ArrayList<>();
    private int added;
    private int unchanged;

    BatchSaver(AnalysisSink store, int size, List<IngestSummary.Failure> failures) {
        this.store = store;
        this.size = Math.max(1, size);
        this.failures = failures;
    }

    /** Queues a document; {@code firstInRun} is false for a text already seen in this run, counted unchanged. */
    void add(String label, Analysis analysis, boolean firstInRun) {
        if (!firstInRun) {
            unchanged++;
            return;
        }
        labels.add(label);
        batch.add(analysis);
        if (batch.size() >= size) {
            flush();
        }
    }

    /** Counts a document found in the store before it was analysed. */
    void alreadyStored() {
        unchanged++;
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            count(batch.size(), store.saveAll(batch).size());
        } catch (RuntimeException whole) {
            for (int i = 0; i < batch.size(); i++) {
                try {
                    count(1, store.saveAll(List.of(batch.get(i))).size());
                } catch (RuntimeException e) {
                    failures.add(new IngestSummary.Failure(labels.get(i), "cannot store: " + e.getMessage()));
                }
            }
        }
        batch.clear();
        labels.clear();
    }

    private void count(int tried, int stored) {
        added += stored;
        unchanged += tried - stored;
    }

    int added() {
        return added;
    }

    int unchanged() {
        return unchanged;
    }
}
