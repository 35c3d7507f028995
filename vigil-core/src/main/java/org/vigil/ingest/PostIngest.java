package org.vigil.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.vigil.ingest.posts.PostDocuments;
import org.vigil.ingest.posts.PostEntry;
import org.vigil.ingest.posts.PostFileException;
import org.vigil.ingest.posts.PostReader;
import org.vigil.ingest.posts.PostSink;
import org.vigil.ingest.posts.PostTally;
import org.vigil.model.Document;
import org.vigil.model.Post;
import org.vigil.pipeline.AnalysisSink;
import org.vigil.store.EventStore;

/**
 * One run of {@link Ingestor#ingestPosts}: the reader hands posts over, {@value #CHUNK} are analysed on the threads
 * and saved (in reading order) before it reads on; each document is saved with its {@link Post} record and its
 * figures relayed in one transaction. The events are re-derived once, at the end.
 */
final class PostIngest {
    /** Posts analysed and saved at a time while a reader streams an export. */
    static final int CHUNK = 256;
    private final Ingestor ingestor;
    private final EventStore store;
    private final int threads;
    private final List<IngestSummary.Failure> failures = new ArrayList<>();
    private final Map<String, Post> posts = new ConcurrentHashMap<>();
    private final Set<String> seen = new HashSet<>();
    private final List<Ingestor.Job> chunk = new ArrayList<>();

    PostIngest(Ingestor ingestor, EventStore store, int threads) {
        this.ingestor = ingestor;
        this.store = store;
        this.threads = threads;
    }

    IngestSummary run(Path file, PostReader reader, String affiliation, Consumer<String> progress) {
        long t0 = System.nanoTime();
        AnalysisSink sink = batch -> store.saveAll(
                batch.stream().map(a -> PostDocuments.relayed(a, posts.get(a.document().id()))).toList(),
                batch.stream().map(a -> posts.get(a.document().id())).filter(Objects::nonNull).toList());
        BatchSaver saver = new BatchSaver(sink, org.vigil.assembly.Settings.defaults().saveBatch(), failures);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            PostTally tally = reader.read(file, new Handover(file, affiliation, pool, saver, progress));
            progress.accept(file + ": " + tally.line());
        } catch (PostFileException e) {
            String why = e.getMessage();
            failures.add(new IngestSummary.Failure(file.toString(),
                    why.startsWith(file + ": ") ? why.substring(file.toString().length() + 2) : why));
        } finally {
            try {
                drain(pool, saver);
            } finally {
                pool.shutdownNow();
            }
        }
        return ingestor.finish(saver, failures, t0);
    }

    /** Analyses and saves the chunk read so far. */
    private void drain(ExecutorService pool, BatchSaver saver) {
        ingestor.process(pool, chunk, saver, seen, failures, m -> { });
        saver.flush();
        chunk.clear();
        posts.clear();
    }

    /** What the reader hands posts and faults to. */
    private final class Handover implements PostSink {
        private final Path file;
        private final String affiliation;
        private final ExecutorService pool;
        private final BatchSaver saver;
        private final Consumer<String> progress;

        Handover(Path file, String affiliation, ExecutorService pool, BatchSaver saver, Consumer<String> progress) {
            this.file = file;
            this.affiliation = affiliation;
            this.pool = pool;
            this.saver = saver;
            this.progress = progress;
        }

        @Override
        public void post(PostEntry e) {
            chunk.add(new Ingestor.Job(file + ": " + e.post().url(), () -> {
                Document d = PostDocuments.document(e, affiliation);
                posts.put(d.id(), e.post().withDocument(d.id()));
                return d;
            }));
            if (chunk.size() >= CHUNK) {
                drain(pool, saver);
                progress.accept(file + ": " + seen.size() + " new posts so far");
            }
        }

        @Override
        public void bad(String where, String reason) {
            failures.add(new IngestSummary.Failure(where, reason));
        }

        @Override
        public void note(String where, String message) {
            progress.accept(where + ": " + message);
        }
    }
}
