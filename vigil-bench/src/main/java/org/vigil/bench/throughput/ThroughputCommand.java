package org.vigil.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.bench.Reports;
import org.vigil.model.Document;
import org.vigil.pipeline.Analyser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench throughput}: the whole ingest as {@code vigil ingest} runs it (files read, stages on N threads,
 * batched saves into a fresh store, the across-documents step), in this JVM after one warm-up run, for each folder
 * and thread count: median documents/s and MB/s, CPU / wall, peak heap, beside the same run's read-and-split
 * reference. By default on real news of {@code ../shared/bench}: 1,044 texts and 181 HTML pages, apart.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
        description = "Whole-ingest throughput on real folders: documents/s and MB/s, text and HTML apart, 1 and 2 threads.")
public final class ThroughputCommand implements Callable<Integer> {
    @Option(names = "--dir", description = "a folder to ingest (repeatable; default: the real news texts and the Zyte pages of --bench)")
    List<Path> dirs = new ArrayList<>();
    @Option(names = "--bench", defaultValue = "../shared/bench", description = "shared benchmarks (default: ${DEFAULT-VALUE})")
    Path bench;
    @Option(names = "--generated", description = "instead: N reports generated from the project's own corpora")
    Integer generated;
    @Option(names = "--runs", description = "measured runs after one warm-up (default: ${DEFAULT-VALUE})", defaultValue = "3")
    int runs;
    @Option(names = "--threads", split = ",", description = "thread counts (default: ${DEFAULT-VALUE})", defaultValue = "1,2")
    List<Integer> threads;
    @Option(names = "--postgres", description = "a PostgreSQL server (postgresql://HOST:PORT/postgres?user=U): each run "
            + "ingests into a new database there (default: a new SQLite file per run)")
    String postgres;

    @Override
    public Integer call() throws IOException {
        Path tmp = Files.createTempDirectory("vigil-throughput");
        try {
            Map<String, Path> folders = folders(tmp);
            long b0 = System.nanoTime();
            Analyser analyser = PipelineAnalyser.standard();
            System.out.printf(Locale.ROOT, "pipeline built (gazetteer, lexicons, models) in %.1f s, not counted below; %d cores%n",
                    (System.nanoTime() - b0) / 1e9, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-34s %4s %5s %9s %9s %9s %8s %7s %9s %9s%n", "folder", "thr", "docs", "docs/s",
                    "min", "max", "MB/s", "CPU/wall", "heap MiB", "ref docs/s");
            int run = 0;
            for (var f : folders.entrySet()) {
                long bytes = bytes(f.getValue());
                for (int t : threads) {
                    List<IngestRun> measured = new ArrayList<>();
                    List<Double> reference = new ArrayList<>();
                    for (int i = 0; i <= runs; i++) {
                        String store = postgres != null ? ServerDatabases.create(postgres, "vigil_bench_" + run++)
                                : tmp.resolve("run" + run++ + ".db").toString();
                        IngestRun r = IngestRun.of(analyser, f.getValue(), store, t);
                        if (postgres != null) {
                            ServerDatabases.drop(postgres, store);
                        }
                        reference.add(ReadAndSplit.documentsPerSecond(f.getValue()));
                        if (i > 0) {
                            measured.add(r);
                        }
                    }
                    print(f.getKey(), t, bytes, measured, reference.subList(1, reference.size()));
                }
            }
            System.out.println("(no peer event coder runs offline here; the reference is the floor of any pipeline over the same files)");
            return 0;
        } finally {
            deleteTree(tmp);
        }
    }

    private Map<String, Path> folders(Path tmp) throws IOException {
        Map<String, Path> out = new LinkedHashMap<>();
        if (generated != null) {
            Path in = Files.createDirectories(tmp.resolve("generated"));
            for (Document d : Reports.documents(Reports.project(), generated)) {
                Files.writeString(in.resolve(d.source()), d.rawText(), StandardCharsets.UTF_8);
            }
            out.put(generated + " generated reports", in);
        } else if (dirs.isEmpty()) {
            out.put("real news texts (LGL, GWN, TimeBank)", RealNewsFolders.texts(bench, tmp.resolve("texts")));
            out.put("real news pages (Zyte HTML)", RealNewsFolders.pages(bench, tmp.resolve("pages")));
        } else {
            dirs.forEach(d -> out.put(d.toString(), d));
        }
        return out;
    }

    private static void print(String name, int threads, long bytes, List<IngestRun> runs, List<Double> reference) {
        List<IngestRun> byRate = runs.stream().sorted(Comparator.comparingDouble(IngestRun::documentsPerSecond)).toList();
        IngestRun median = byRate.get(byRate.size() / 2);
        double mbPerS = bytes / (1024.0 * 1024.0) / median.wallSeconds();
        System.out.printf(Locale.ROOT, "%-34s %4d %5d %9.0f %9.0f %9.0f %8.2f %7.2f %9.0f %9.0f%n", name, threads,
                median.summary().added() + median.summary().unchanged(), median.documentsPerSecond(),
                byRate.get(0).documentsPerSecond(), byRate.get(byRate.size() - 1).documentsPerSecond(), mbPerS,
                median.cpuSeconds() / median.wallSeconds(), median.peakHeapMiB(),
                reference.stream().sorted().toList().get(reference.size() / 2));
        if (!median.summary().failures().isEmpty()) {
            System.out.printf(Locale.ROOT, "  %d documents failed, e.g. %s%n", median.summary().failures().size(),
                    median.summary().failures().get(0));
        }
    }

    private static long bytes(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
