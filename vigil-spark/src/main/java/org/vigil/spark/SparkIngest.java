package org.vigil.spark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.vigil.assembly.Settings;
import org.vigil.corpus.CompatibilityClusterer;
import org.vigil.corpus.CorpusResult;
import org.vigil.corpus.DefaultCorpusAnalyzer;
import org.vigil.corpus.EventIdentity;
import org.vigil.corpus.SuccessionLinker;
import org.vigil.export.JsonlExporter;
import org.vigil.model.Analysis;
import org.vigil.model.Event;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import org.vigil.store.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import scala.Tuple2;

/**
 * {@code vigil spark ingest INPUT... --out DIR}: the ingest as a Spark job. The per-document pipeline runs in
 * partitions on the executors; copies are found on the cluster ({@link SparkCopies}); the across-documents step
 * (clustering, claims reconciled, corroboration, chains) runs on the driver over the mentions; out come
 * {@code events.jsonl} (as {@code vigil export}), {@code failures.jsonl}, and Parquet tables of the analyses, events
 * and claims, optionally also a store ({@code --db}). Runs under {@code spark-submit} or in local mode.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingest files, folders and WARC archives with Spark.")
public final class SparkIngest implements Callable<Integer> {
    @Parameters(arity = "1..*", description = "files, folders (walked) and .warc(.gz) archives")
    List<Path> inputs;
    @Option(names = "--out", required = true, description = "output folder (created)")
    Path out;
    @Option(names = "--master", description = "Spark master when not under spark-submit (default: local[2])")
    String master;
    @Option(names = "--partitions", description = "input partitions (default: 4 per core)")
    Integer partitions;
    @Option(names = "--db", description = "also store the analyses and events there (a file or postgresql://...)")
    String db;

    @Override
    public Integer call() throws IOException {
        List<String> files = PartitionAnalysis.expand(inputs);
        SparkSession.Builder b = SparkSession.builder().appName("vigil-ingest").config("spark.ui.enabled", "false");
        if (!System.getProperties().containsKey("spark.sql.shuffle.partitions")) {
            // the SQL joins of MinHash LSH: a few tasks per core, not Spark's 200 tiny ones
            b.config("spark.sql.shuffle.partitions", String.valueOf(4 * Runtime.getRuntime().availableProcessors()));
        }
        if (master != null || !System.getProperties().containsKey("spark.master")) {
            b.master(master != null ? master : "local[2]");
        }
        try (SparkSession spark = b.getOrCreate(); JavaSparkContext sc = new JavaSparkContext(spark.sparkContext())) {
            sc.setLogLevel("WARN");
            Result r = run(spark, sc, files, partitions != null ? partitions : 4 * sc.defaultParallelism());
            SparkOutputs.write(spark, out, r.analyses(), r.corpus(), r.failures());
            if (db != null) {
                try (EventStore store = EventStores.open(db)) {
                    for (int i = 0; i < r.analyses().size(); i += 64) {
                        store.saveAll(r.analyses().subList(i, Math.min(r.analyses().size(), i + 64)));
                    }
                    store.replaceCorpus(r.corpus());
                }
            }
            System.out.printf("%d documents, %d failed, %d events, %d copies -> %s%n", r.analyses().size(),
                    r.failures().size(), r.corpus().events().size(), r.corpus().copies().size(), out);
            return r.failures().isEmpty() ? 0 : 1;
        }
    }

    /** What the job made: the analyses (one per distinct document), the corpus result and the failures. */
    record Result(List<Analysis> analyses, CorpusResult corpus, List<String> failures) {
    }

    static Result run(SparkSession spark, JavaSparkContext sc, List<String> files, int partitions) {
        List<Tuple2<String, Long>> jobs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            jobs.add(new Tuple2<>(files.get(i), (long) i));
        }
        PartitionAnalysis analysis = new PartitionAnalysis(Settings.defaults());
        JavaRDD<PartitionAnalysis.Outcome> outcomes = sc.parallelize(jobs, Math.max(1, Math.min(partitions, jobs.size())))
                .mapPartitions(analysis::apply).cache();
        long t0 = System.nanoTime();
        List<String> failures = outcomes.filter(PartitionAnalysis.Outcome::failed)
                .sortBy(PartitionAnalysis.Outcome::order, true, 1).map(PartitionAnalysis.Outcome::json).collect();
        // one analysis per distinct document (the same text twice is one document), the first in input order
        JavaRDD<PartitionAnalysis.Outcome> distinct = outcomes.filter(o -> !o.failed())
                .mapToPair(o -> new Tuple2<>(o.documentId(), o)).reduceByKey((x, y) -> x.order() <= y.order() ? x : y)
                .values().cache();
        List<Analysis> analyses = new ArrayList<>();
        for (PartitionAnalysis.Outcome o : distinct.sortBy(PartitionAnalysis.Outcome::order, true, 1).collect()) {
            analyses.add(Json.read(o.json(), Analysis.class));
        }
        JavaPairRDD<Long, String[]> docs = distinct.mapToPair(o -> {
            Analysis a = Json.read(o.json(), Analysis.class);
            String text = a.document().cleanText() != null ? a.document().cleanText() : a.document().rawText();
            return new Tuple2<>(o.order(), new String[] {a.document().id(), a.document().source(), text});
        }).cache();
        long t1 = System.nanoTime();
        var copies = SparkCopies.find(spark, docs);
        outcomes.unpersist();
        long t2 = System.nanoTime();
        var corpus = new DefaultCorpusAnalyzer(documents -> copies, new CompatibilityClusterer(), new SuccessionLinker());
        CorpusResult result = corpus.analyze(analyses, EventIdentity.NONE);
        System.err.printf(java.util.Locale.ROOT, "vigil spark: analysed %d documents in %.1f s, copies in %.1f s, "
                + "corpus step (driver) in %.1f s%n", analyses.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
        return new Result(analyses, result, failures);
    }

    /** The events in the order the store lists them: first day (undated last), then id. */
    static List<Event> inStoreOrder(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((Event e) -> e.date() == null ? "9999" : e.date().start().toString())
                .thenComparing(Event::id));
        return sorted;
    }

    static void writeEvents(List<Event> events, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new JsonlExporter().write(inStoreOrder(events), w);
        }
    }
}
