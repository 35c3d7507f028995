package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.Span;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import org.vigil.store.TestStores;

class BatchSaverTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentThatCannotBeStoredIsReportedAndTheRestOfItsBatchIsKept() {
        try (EventStore store = TestStores.open(dir, "b")) {
            store.save(analysis("old", null));
            List<IngestSummary.Failure> failures = new ArrayList<>();
            BatchSaver saver = new BatchSaver(store, 64, failures);
            saver.add("a.txt", analysis("a", null), true);
            saver.add("bad.txt", analysis("bad", new Mention("bad#0", "bad", null, List.of(), null, null, List.of(), List.of(),
                    null, null, new Span(0, 3), "x", false, false, false, List.of(), 1.0)), true);
            saver.add("old.txt", analysis("old", null), true);
            saver.add("a-again.txt", analysis("a", null), false);
            saver.add("c.txt", analysis("c", null), true);
            saver.flush();
            assertEquals(2, saver.added());
            assertEquals(2, saver.unchanged(), "stored before, or twice in the run");
            assertEquals(List.of("bad.txt"), failures.stream().map(IngestSummary.Failure::source).toList());
            assertTrue(failures.get(0).reason().startsWith("cannot store"));
            assertTrue(store.document("a").isPresent() && store.document("c").isPresent());
            assertFalse(store.document("bad").isPresent(), "nothing half-written");
            assertEquals(0, store.counts().mentions(), "the bad document's mention went with it");
        }
    }

    private static Analysis analysis(String id, Mention m) {
        Document d = new Document(id, id + ".txt", "P", null, null, Instant.EPOCH, "text of " + id, "text of " + id, null);
        return new Analysis(d, m == null ? List.of() : List.of(m), List.of());
    }
}
