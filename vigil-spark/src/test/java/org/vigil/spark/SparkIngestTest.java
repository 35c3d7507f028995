package org.vigil.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.assembly.StandardPipeline;
import org.vigil.export.JsonlExporter;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/** The Spark job in local mode against {@code vigil ingest} on the same reports: the same record, line for line. */
class SparkIngestTest {
    private static SparkSession spark;
    private static JavaSparkContext sc;
    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        sc = new JavaSparkContext(spark.sparkContext());
        sc.setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    /** The project's three corpora, plus a second copy of every Santiago report with a line of its own (copies). */
    private Path corpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String dir : List.of("../demo/kazerun", "../corpus/santiago-2019", "../corpus/nairobi-2024")) {
            Path sub = Files.createDirectories(in.resolve(Path.of(dir).getFileName()));
            try (var files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> !f.toString().endsWith(".md") && !f.getFileName().toString().equals("expected.json")).toList()) {
                    Files.copy(p, sub.resolve(p.getFileName()));
                }
            }
        }
        Path copies = Files.createDirectories(in.resolve("copies"));
        try (var files = Files.list(Path.of("../corpus/santiago-2019"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                Files.writeString(copies.resolve("copy-" + p.getFileName()), Files.readString(p) + "\nRelayed by a second desk.\n");
            }
        }
        Files.writeString(in.resolve("empty.txt"), "");
        return in;
    }

    @Test
    void theJobAndVigilIngestGiveTheSameEventsClaimsAndCopies() throws Exception {
        Path in = corpus();
        List<String> files = PartitionAnalysis.expand(List.of(in));
        SparkIngest.Result r = SparkIngest.run(spark, sc, files, 6);
        Path out = tmp.resolve("out");
        SparkOutputs.write(spark, out, r.analyses(), r.corpus(), r.failures());

        try (EventStore store = EventStores.sqlite(tmp.resolve("v.db"))) {
            new Ingestor(store, PipelineAnalyser.standard(), StandardPipeline.corpusAnalyzer(),
                    new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES), 2).ingest(List.of(in.toString()), SourceMetadata.NONE, m -> { });
            StringWriter expected = new StringWriter();
            new JsonlExporter().write(store.events(), expected);
            assertTrue(store.events().size() > 50, "a real record: " + store.events().size());
            assertEquals(expected.toString(), Files.readString(out.resolve("events.jsonl")),
                    "events, their claims and independent-source counts, line for line");
            assertEquals(store.copies(), SparkOutputs.copies(out), "the same copies");
            assertTrue(store.copies().size() >= 6, "the relayed reports are found as copies: " + store.copies().size());
            assertEquals(store.counts().documents(), r.analyses().size());
        }
        assertEquals(1, r.failures().size(), "the empty file is reported, the rest go on");
        assertTrue(r.failures().get(0).contains("empty.txt"), r.failures().get(0));
        long parquetEvents = spark.read().parquet(out.resolve("events").toString()).count();
        assertEquals(r.corpus().events().size(), parquetEvents);
        assertEquals(r.corpus().events().stream().mapToLong(e -> e.claims().size()).sum(),
                spark.read().parquet(out.resolve("claims").toString()).count());
    }
}
