package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.assembly.StandardPipeline;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.pipeline.Analyser;
import org.vigil.pipeline.StageException;
import org.vigil.store.EventStore;
import org.vigil.store.TestStores;

class IngestorTest {
    @TempDir
    Path tmp;

    /** Counts the documents it is asked to analyse. */
    private record Counting(Analyser inner, AtomicInteger calls) implements Analyser {
        @Override
        public Analysis analyse(Document document) throws StageException {
            calls.incrementAndGet();
            return inner.analyse(document);
        }

        @Override
        public String version() {
            return inner.version();
        }
    }

    @Test
    void aDocumentTheStoreHoldsIsNotAnalysedAgain() {
        AtomicInteger calls = new AtomicInteger();
        try (EventStore store = TestStores.open(tmp, "i")) {
            Ingestor ingestor = new Ingestor(store, new Counting(PipelineAnalyser.standard(), calls),
                    StandardPipeline.corpusAnalyzer(), new DocumentLoader(1 << 24), 2);
            IngestSummary first = ingestor.ingest(List.of("../demo/kazerun"), SourceMetadata.NONE, m -> { });
            assertEquals(5, first.added());
            assertEquals(5, calls.get());
            long events = store.counts().events();
            IngestSummary again = ingestor.ingest(List.of("../demo/kazerun"), SourceMetadata.NONE, m -> { });
            assertEquals(0, again.added());
            assertEquals(5, again.unchanged());
            assertEquals(5, calls.get(), "nothing analysed the second time");
            assertEquals(events, store.counts().events());
        }
    }
}
