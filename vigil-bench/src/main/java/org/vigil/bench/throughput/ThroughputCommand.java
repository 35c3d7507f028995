package org.vigil.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.bench.Reports;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.model.Document;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench throughput}: the whole pipeline as {@code vigil ingest} runs it (files read, stages on N
 * threads, batched saves into a fresh SQLite store, the across-documents step), in this JVM after one warm-up
 * run, on generated reports (the pipeline is built once, its start-up time printed apart); median and spread of documents per second over the runs, beside a reference that
 * only reads the files and splits them into sentences.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Whole-pipeline throughput: documents/s of ingest into a fresh store, median of runs.")
public final class ThroughputCommand implements Callable<Integer> {
    @Option(names = "--docs", description = "reports per run (default: ${DEFAULT-VALUE})", defaultValue = "2000")
    int docs;
    @Option(names = "--runs", description = "measured runs after one warm-up (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int runs;
    @Option(names = "--threads", description = "pipeline threads (default: ${DEFAULT-VALUE})", defaultValue = "2")
    int threads;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("vigil-throughput");
        try {
            Path in = write(dir.resolve("in"), Reports.documents(Reports.project(), docs));
            List<Double> rates = new ArrayList<>();
            List<Double> reference = new ArrayList<>();
            IngestSummary last = null;
            long b0 = System.nanoTime();
            Pipeline pipeline = StandardPipeline.create();
            System.out.printf(Locale.ROOT, "pipeline built (gazetteer, lexicons, models) in %.1f s, not counted below%n",
                    (System.nanoTime() - b0) / 1e9);
            for (int run = 0; run <= runs; run++) {
                Path db = dir.resolve("run" + run + ".db");
                long t0 = System.nanoTime();
                try (EventStore store = EventStores.sqlite(db)) {
                    last = new Ingestor(store, new PipelineAnalyser(pipeline), StandardPipeline.corpusAnalyzer(),
                            new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES), threads)
                            .ingest(List.of(in.toString()), SourceMetadata.NONE, msg -> { });
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double ref = ReadAndSplit.documentsPerSecond(in);
                if (run > 0) {
                    rates.add(last.added() / seconds);
                    reference.add(ref);
                }
            }
            print(rates, reference, last);
            return 0;
        } finally {
            deleteTree(dir);
        }
    }

    private void print(List<Double> rates, List<Double> reference, IngestSummary last) {
        System.out.printf(Locale.ROOT, "%d reports (%d failed), %d threads, %d runs after a warm-up; %d mentions, %d claims, %d events%n",
                docs, last.failures().size(), threads, rates.size(), last.mentions(), last.claims(), last.events());
        System.out.printf(Locale.ROOT, "%-44s %10s %10s %10s%n", "system", "median/s", "min/s", "max/s");
        row("Vigil ingest (stages, store, corpus step)", rates);
        row("reference: read files + split sentences", reference);
        System.out.println("(no peer event coder runs offline here; the reference is the floor of any text pipeline)");
    }

    private static void row(String name, List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-44s %10.0f %10.0f %10.0f%n", name, s.get(s.size() / 2), s.get(0), s.get(s.size() - 1));
    }

    private static Path write(Path folder, List<Document> documents) throws IOException {
        Files.createDirectories(folder);
        for (Document d : documents) {
            Files.writeString(folder.resolve(d.source()), d.rawText(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
