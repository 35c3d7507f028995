package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.DocumentLoader;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.ingest.posts.PostExports;
import org.vigil.ingest.web.FetchException;
import org.vigil.ingest.web.FetchPolicy;
import org.vigil.ingest.web.HttpFetcher;
import org.vigil.ingest.web.WebSources;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files and folders (.txt, .html, .htm, .html.gz, .warc, .warc.gz; sidecar NAME.meta.json), "
                + "and pages fetched from feeds, sitemaps and URL lists (robots.txt respected, one request per host "
                + "per --delay), and the posts of Telegram chat exports (--telegram) and X archives (--x). Exits non-zero when any document failed; the others are stored.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Mixin
    ModelOption model = new ModelOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "files or folders")
    List<String> paths = new java.util.ArrayList<>();
    @Option(names = "--feed", paramLabel = "FILE|URL", description = "RSS or Atom feed whose entries to fetch (repeatable)")
    List<String> feeds = new java.util.ArrayList<>();
    @Option(names = "--sitemap", paramLabel = "FILE|URL", description = "XML sitemap whose pages to fetch (repeatable)")
    List<String> sitemaps = new java.util.ArrayList<>();
    @Option(names = "--urls", paramLabel = "FILE", description = "file of URLs to fetch, one a line (repeatable)")
    List<java.nio.file.Path> urlLists = new java.util.ArrayList<>();
    @Option(names = "--telegram", paramLabel = "FILE", description = "a Telegram Desktop chat export (result.json): each "
            + "post a document, forwards counted as their origin, not as corroboration (repeatable)")
    List<java.nio.file.Path> telegram = new java.util.ArrayList<>();
    @Option(names = {"--x", "--twitter"}, paramLabel = "FILE", description = "an X/Twitter archive's data/tweets.js: each "
            + "tweet a document, retweets counted as their origin (repeatable)")
    List<java.nio.file.Path> tweets = new java.util.ArrayList<>();
    @Option(names = "--account", paramLabel = "USERNAME", description = "public username of the Telegram channel (posts "
            + "get https://t.me/USERNAME/ID; or url in a sidecar NAME.meta.json) or of the X account when no account.js lies beside tweets.js")
    String account;
    @Option(names = "--delay", description = "milliseconds between requests to one host (default: ${DEFAULT-VALUE})", defaultValue = "1000")
    long delayMillis;
    @Option(names = "--timeout", description = "seconds a fetch may take (default: ${DEFAULT-VALUE})", defaultValue = "30")
    long timeoutSeconds;
    @Option(names = "--threads", description = "worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--publisher", description = "publisher when no sidecar names one")
    String publisher;
    @Option(names = "--published", description = "publication date YYYY, YYYY-MM or YYYY-MM-DD when no sidecar gives one")
    String published;
    @Option(names = "--max-size", description = "largest document in bytes (default: ${DEFAULT-VALUE})", defaultValue = "67108864")
    long maxSize;

    private IngestSummary ingestWeb(Ingestor ingestor, SourceMetadata defaults, PrintWriter err) {
        FetchPolicy policy = FetchPolicy.defaults().withPerHostDelay(java.time.Duration.ofMillis(delayMillis))
                .withTimeouts(java.time.Duration.ofSeconds(Math.min(10, timeoutSeconds)), java.time.Duration.ofSeconds(timeoutSeconds));
        HttpFetcher fetcher = new HttpFetcher(policy);
        WebSources sources = new WebSources(fetcher);
        java.util.LinkedHashSet<String> urls = new java.util.LinkedHashSet<>();
        List<IngestSummary.Failure> failures = new java.util.ArrayList<>();
        for (String f : feeds) {
            try {
                urls.addAll(sources.feed(f));
            } catch (FetchException e) {
                failures.add(new IngestSummary.Failure(f, e.getMessage()));
            }
        }
        for (String s : sitemaps) {
            try {
                urls.addAll(sources.sitemap(s));
            } catch (FetchException e) {
                failures.add(new IngestSummary.Failure(s, e.getMessage()));
            }
        }
        for (java.nio.file.Path p : urlLists) {
            try {
                urls.addAll(WebSources.urlList(p));
            } catch (FetchException e) {
                failures.add(new IngestSummary.Failure(p.toString(), e.getMessage()));
            }
        }
        return ingestor.ingestUrls(List.copyOf(urls), fetcher, defaults, msg -> err.println("vigil: " + msg))
                .withEarlierFailures(failures);
    }

    private IngestSummary ingestPosts(Ingestor ingestor, IngestSummary r, PrintWriter err) {
        java.util.function.Consumer<String> progress = msg -> err.println("vigil: " + msg);
        for (java.nio.file.Path f : telegram) {
            r = r.plus(ingestPosts(ingestor, f, true, progress));
        }
        for (java.nio.file.Path f : tweets) {
            r = r.plus(ingestPosts(ingestor, f, false, progress));
        }
        return r;
    }

    private IngestSummary ingestPosts(Ingestor ingestor, java.nio.file.Path f, boolean telegramExport,
                                      java.util.function.Consumer<String> progress) {
        try {
            PostExports.Export e = telegramExport ? PostExports.telegram(f, account, maxSize) : PostExports.x(f, account, maxSize);
            return ingestor.ingestPosts(f, e.reader(), e.affiliation(), progress);
        } catch (org.vigil.ingest.DocumentRejectedException e) {
            return new IngestSummary(0, 0, List.of(new IngestSummary.Failure(f.toString(), e.getMessage())), 0, 0, 0, 0);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceMetadata defaults = new SourceMetadata(null, publisher, null, SourceMetadata.date(published));
        java.util.function.Supplier<org.vigil.pipeline.Pipeline> build;
        try {
            build = model.builder();
        } catch (org.vigil.classify.ModelFileException e) {
            err.println("vigil: " + e.getMessage());
            err.flush();
            return 2;
        }
        // The store opens (SQLite, migrations) on a second thread while this one loads the models and the gazetteer.
        Overlap<EventStore> opening = Overlap.start("vigil-store-open", store::open);
        org.vigil.pipeline.Pipeline pipeline = opening.whileDoing(build);
        try (EventStore s = opening.result()) {
            Ingestor ingestor = new Ingestor(s, new PipelineAnalyser(pipeline), StandardPipeline.corpusAnalyzer(),
                    new DocumentLoader(maxSize), threads);
            if (paths.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty() && urlLists.isEmpty() && telegram.isEmpty()
                    && tweets.isEmpty()) {
                err.println("vigil: nothing to ingest: give files, folders, --feed, --sitemap, --urls, --telegram or --x");
                err.flush();
                return 2;
            }
            IngestSummary r = ingestor.ingest(paths, defaults, msg -> err.println("vigil: " + msg));
            if (!feeds.isEmpty() || !sitemaps.isEmpty() || !urlLists.isEmpty()) {
                r = r.plus(ingestWeb(ingestor, defaults, err));
            }
            if (!telegram.isEmpty() || !tweets.isEmpty()) {
                r = ingestPosts(ingestor, r, err);
            }
            r.failures().forEach(f -> err.println("vigil: failed " + f.source() + ": " + f.reason()));
            out.printf("documents: %d new, %d unchanged, %d failed; mentions %d, claims %d, events %d; %.0f documents/s%n",
                    r.added(), r.unchanged(), r.failures().size(), r.mentions(), r.claims(), r.events(), r.documentsPerSecond());
            printLanguages(s.documentLanguages(), out);
            out.flush();
            err.flush();
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    /**
     * The languages of the stored documents, when any is not English (an English-only record prints as before):
     * "languages: en 3, fa 5; no events read in: fr 1".
     */
    static void printLanguages(java.util.SortedMap<String, Integer> languages, PrintWriter out) {
        if (languages.keySet().stream().allMatch(l -> l.equals(org.vigil.language.Languages.ENGLISH) || l.equals("-"))) {
            return;
        }
        java.util.List<String> read = new java.util.ArrayList<>();
        java.util.List<String> unread = new java.util.ArrayList<>();
        languages.forEach((l, n) -> (l.equals("-") || org.vigil.language.Languages.read(l) ? read : unread).add(l + " " + n));
        out.println("languages: " + String.join(", ", read) + (unread.isEmpty() ? "" : "; no events read in: " + String.join(", ", unread)));
    }
}
