package org.vigil.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.ingest.web.FetchException;
import org.vigil.ingest.web.PageFetcher;
import org.vigil.ingest.web.WarcPages;
import org.vigil.ingest.web.WebPage;
import org.vigil.model.Analysis;
import org.vigil.ingest.posts.PostDocuments;
import org.vigil.ingest.posts.PostReader;
import org.vigil.model.Document;
import org.vigil.model.Post;
import org.vigil.pipeline.Analyser;
import org.vigil.pipeline.StageException;
import org.vigil.store.EventStore;

/**
 * Ingests files and folders (pages, text, WARC archives), fetched URLs or the posts of an export (Telegram, X): loads documents and runs the
 * {@link Analyser} on N threads, saves the new ones in batches (in input order, so the result does not depend on
 * thread timing), then re-derives the events over the whole store. A failing document is reported and skipped; the others go on.
 */
public final class Ingestor {
    private final EventStore store;
    private final Analyser analyser;
    private final CorpusAnalyzer corpus;
    private final DocumentLoader loader;
    private final int threads;

    private sealed interface Outcome permits Done, Stored, Failed {
    }

    /** A document the store holds already: it is not analysed again. */
    private record Stored(String documentId) implements Outcome {
    }

    private record Done(Analysis analysis) implements Outcome {
    }

    private record Failed(String reason) implements Outcome {
    }

    public Ingestor(EventStore store, Analyser analyser, CorpusAnalyzer corpus, DocumentLoader loader, int threads) {
        this.store = store;
        this.analyser = analyser;
        this.corpus = corpus;
        this.loader = loader;
        this.threads = Math.max(1, threads);
    }

    /** Loads one document, or says why not. */
    @FunctionalInterface
    public interface DocumentSource {
        Document load() throws DocumentRejectedException;
    }

    /** One document to ingest: a label for reports and how to load it. */
    public record Job(String label, DocumentSource source) {
    }

    public IngestSummary ingest(List<String> inputs, SourceMetadata defaults, Consumer<String> progress) {
        List<IngestSummary.Failure> failures = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (Path f : expand(inputs, failures)) {
            if (isWarc(f)) {
                warcJobs(f, defaults, jobs, failures);
            } else {
                jobs.add(new Job(f.toString(), () -> loader.load(f, f.toString(), defaults)));
            }
        }
        return run(jobs, failures, progress);
    }

    /** Fetches and ingests web pages (from feeds, sitemaps, URL lists), each under its final URL. */
    public IngestSummary ingestUrls(List<String> urls, PageFetcher fetcher, SourceMetadata defaults,
                                    Consumer<String> progress) {
        List<Job> jobs = new ArrayList<>();
        for (String url : urls) {
            jobs.add(new Job(url, () -> {
                WebPage page = fetcher.fetch(url);
                if (!page.isHtml()) {
                    throw new BinaryDocumentException("not an HTML page: " + page.contentType());
                }
                return loader.fromHtml(page.text(), page.url(), withUrl(defaults, page.url()));
            }));
        }
        return run(jobs, new ArrayList<>(), progress);
    }

    private static SourceMetadata withUrl(SourceMetadata m, String url) {
        return new SourceMetadata(url, m.publisher(), m.affiliation(), m.published());
    }

    private void warcJobs(Path f, SourceMetadata defaults, List<Job> jobs, List<IngestSummary.Failure> failures) {
        try {
            for (WebPage page : WarcPages.read(f, DocumentLoader.DEFAULT_MAX_BYTES)) {
                jobs.add(new Job(page.url(), () -> loader.fromHtml(page.text(), page.url(), withUrl(defaults, page.url()))));
            }
        } catch (FetchException e) {
            failures.add(new IngestSummary.Failure(f.toString(), e.getMessage()));
        }
    }

    /** A WARC archive (.warc, .warc.gz) by its name. */
    public static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    private IngestSummary run(List<Job> jobs, List<IngestSummary.Failure> failures, Consumer<String> progress) {
        long t0 = System.nanoTime();
        BatchSaver saver = new BatchSaver(store, org.vigil.assembly.Settings.defaults().saveBatch(), failures);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            process(pool, jobs, saver, new HashSet<>(), failures, progress);
            saver.flush();
        } finally {
            pool.shutdownNow();
        }
        return finish(saver, failures, t0);
    }

    /** Analyses the jobs on the pool and hands the results to the saver in job order. */
    void process(ExecutorService pool, List<Job> jobs, BatchSaver saver, Set<String> seen,
                         List<IngestSummary.Failure> failures, Consumer<String> progress) {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Job j : jobs) {
            futures.add(pool.submit(() -> analyse(j)));
        }
        for (int i = 0; i < jobs.size(); i++) {
            Outcome o = get(futures.get(i));
            if (o instanceof Failed failed) {
                failures.add(new IngestSummary.Failure(jobs.get(i).label(), failed.reason()));
            } else if (o instanceof Stored) {
                saver.alreadyStored();
            } else if (o instanceof Done done) {
                saver.add(jobs.get(i).label(), done.analysis(), seen.add(done.analysis().document().id()));
            }
            if (jobs.size() >= 100 && (i + 1) % 100 == 0) {
                progress.accept((i + 1) + "/" + jobs.size() + " documents");
            }
        }
    }

    /** Re-derives the events when the run changed the store (or they lag it) and sums the run up. */
    IngestSummary finish(BatchSaver saver, List<IngestSummary.Failure> failures, long t0) {
        if (saver.added() > 0 || store.counts().events() == 0 || !store.corpusIsCurrent()) {
            rederive();
        }
        var counts = store.counts();
        return new IngestSummary(saver.added(), saver.unchanged(), failures, counts.mentions(), counts.claims(),
                counts.events(), (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Ingests the posts of an export (a Telegram chat, an X archive) as the reader streams them, a chunk at a time, so
     * a large export is never held whole. Each post is a document stored with its {@link Post} record in one
     * transaction; a forward's or a repost's figures are its origin's, relayed ({@link PostDocuments#relayed}). A bad
     * post, or a file that cannot be read to its end, is reported; the other posts are stored.
     *
     * @param affiliation the publisher's affiliation for every post of the file, or null
     */
    public IngestSummary ingestPosts(Path file, PostReader reader, String affiliation, Consumer<String> progress) {
        return new PostIngest(this, store, threads).run(file, reader, affiliation, progress);
    }

    /**
     * Ingests one document already in hand (an upload) and re-derives the events.
     *
     * @return the document's id and whether it is new (false: the same text was already stored)
     */
    public synchronized Upload ingestOne(byte[] bytes, boolean html, String source, SourceMetadata meta)
            throws DocumentRejectedException, StageException {
        Document d = loader.load(bytes, html, source, meta);
        if (store.contains(d.id())) {
            return new Upload(d.id(), false);
        }
        store.save(analyser.analyse(d));
        rederive();
        return new Upload(d.id(), true);
    }

    /** A document taken in by {@link #ingestOne}: its id, and false when the same text was already stored. */
    public record Upload(String documentId, boolean created) {
    }

    /** Removes one document with its mentions and claims and re-derives the events; false when unknown. */
    public synchronized boolean delete(String documentId) {
        if (!store.deleteDocument(documentId)) {
            return false;
        }
        rederive();
        return true;
    }

    /**
     * Analyses every stored document again with this ingestor's pipeline (another model, a newer version), replaces
     * their mentions and claims in one transaction, and re-derives the events; reviewers' judgements stay.
     *
     * @return the number of documents analysed again
     */
    public synchronized int reanalyse() throws StageException {
        List<Analysis> again = new ArrayList<>();
        Map<String, Post> posts = new java.util.HashMap<>();
        store.posts().forEach(p -> posts.put(p.documentId(), p));
        for (Analysis a : store.analyses()) {
            Document d = store.document(a.document().id()).orElseThrow();
            again.add(PostDocuments.relayed(analyser.analyse(d), posts.get(d.id())));
        }
        store.replaceAnalyses(again);
        rederive();
        return again.size();
    }

    /** Re-derives the events, keeping reviewers' judgements (merges, splits, pins) and event ids. */
    public synchronized void rederive() {
        new org.vigil.review.Rederivation(store, corpus, analyser.version(),
                java.time.Clock.systemUTC()).run();
    }

    private Outcome analyse(Job job) {
        try {
            Document d = job.source().load();
            if (store.contains(d.id())) {
                return new Stored(d.id());
            }
            return new Done(analyser.analyse(d));
        } catch (DocumentRejectedException | StageException e) {
            return new Failed(e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Failed("internal error: " + e);
        }
    }

    private static Outcome get(Future<Outcome> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted");
        } catch (ExecutionException e) {
            return new Failed("internal error: " + e.getCause());
        }
    }

    /** Files named and the supported files under folders named, each folder in sorted order. */
    public static List<Path> expand(List<String> inputs, List<IngestSummary.Failure> failures) {
        List<Path> out = new ArrayList<>();
        for (String in : inputs) {
            Path p = Path.of(in);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(q -> DocumentLoader.supported(q) || isWarc(q)).sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    failures.add(new IngestSummary.Failure(in, "cannot list folder: " + e.getMessage()));
                }
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                failures.add(new IngestSummary.Failure(in, "no such file or folder"));
            }
        }
        return out;
    }
}
