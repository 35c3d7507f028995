package org.vigil.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.pipeline.StandardPipeline;
import org.vigil.store.EventStore;
import org.vigil.store.SqliteEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest files and folders (.txt, .html, .htm, .html.gz; sidecar NAME.meta.json). "
                + "Exits non-zero when any document failed; the others are stored.")
final class IngestCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders")
    List<String> paths;
    @Option(names = "--threads", description = "worker threads (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();
    @Option(names = "--publisher", description = "publisher when no sidecar names one")
    String publisher;
    @Option(names = "--published", description = "publication date YYYY, YYYY-MM or YYYY-MM-DD when no sidecar gives one")
    String published;
    @Option(names = "--max-size", description = "largest document in bytes (default: ${DEFAULT-VALUE})", defaultValue = "67108864")
    long maxSize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SourceMetadata defaults = new SourceMetadata(null, publisher, null, SourceMetadata.date(published));
        try (EventStore s = new SqliteEventStore(store.db)) {
            Ingestor ingestor = new Ingestor(s, StandardPipeline.create(), StandardPipeline.corpusAnalyzer(),
                    new DocumentLoader(maxSize), threads);
            IngestSummary r = ingestor.ingest(paths, defaults, msg -> err.println("vigil: " + msg));
            r.failures().forEach(f -> err.println("vigil: failed " + f.source() + ": " + f.reason()));
            out.printf("documents: %d new, %d unchanged, %d failed; mentions %d, claims %d, events %d; %.0f documents/s%n",
                    r.added(), r.unchanged(), r.failures().size(), r.mentions(), r.claims(), r.events(), r.documentsPerSecond());
            out.flush();
            err.flush();
            return r.failures().isEmpty() ? 0 : 1;
        }
    }
}
