package org.vigil.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.vigil.ingest.DocumentLoader;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/** A store holding the demo reports (the project's own Kazerun corpus), and reviewers of each role. */
final class ReviewFixture implements AutoCloseable {
    static final Path DEMO = Path.of("../demo/kazerun");
    static final Reviewer ANA = new Reviewer("ana", Role.REVIEWER, "test");
    static final Reviewer BEN = new Reviewer("ben", Role.REVIEWER, "test");
    static final Reviewer CODER = new Reviewer("cora", Role.CODER, "test");
    static final Reviewer VIEWER = new Reviewer("vic", Role.VIEWER, "test");
    final Path dir;
    final String db;
    final EventStore store;
    Ingestor ingestor;
    final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T10:00:00Z"));

    ReviewFixture(Path dir, Pipeline pipeline) {
        this.dir = dir;
        this.db = org.vigil.store.TestStores.address(dir, "vigil");
        this.store = EventStores.open(db);
        this.ingestor = new Ingestor(store, new PipelineAnalyser(pipeline), StandardPipeline.corpusAnalyzer(), new DocumentLoader(1 << 24), 1);
    }

    ReviewFixture(Path dir) {
        this(dir, StandardPipeline.create());
    }

    /** Ingests the demo reports whose file names start with one of these prefixes ("01", "02"). */
    void ingest(String... prefixes) throws IOException {
        Path in = dir.resolve("in-" + String.join("-", prefixes));
        Files.createDirectories(in);
        try (var files = Files.list(DEMO)) {
            for (Path f : files.toList()) {
                for (String p : prefixes) {
                    if (f.getFileName().toString().startsWith(p)) {
                        Files.copy(f, in.resolve(f.getFileName()));
                    }
                }
            }
        }
        ingestor.ingest(List.of(in.toString()), SourceMetadata.NONE, s -> { });
    }

    ReviewDesk desk(ReviewPolicy policy) {
        return new ReviewDesk(store, ingestor::rederive, clock, policy);
    }

    ReviewDesk desk() {
        return desk(ReviewPolicy.DEFAULT);
    }

    @Override
    public void close() {
        store.close();
    }

    /** A clock a test moves forward (lock expiry). */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceMinutes(long m) {
            now = now.plusSeconds(60 * m);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
