package org.vigil.bench.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import org.vigil.assembly.StandardPipeline;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.pipeline.Analyser;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/**
 * One measured ingest of a folder into a fresh store, as {@code vigil ingest} runs it: wall time, the process's CPU
 * time over it (CPU / wall below the thread count shows serial parts), and the peak heap in use.
 */
record IngestRun(IngestSummary summary, double wallSeconds, double cpuSeconds, double peakHeapMiB) {
    static IngestRun of(Analyser analyser, Path folder, String store, int threads) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        IngestSummary s;
        try (EventStore db = EventStores.open(store)) {
            s = new Ingestor(db, analyser, StandardPipeline.corpusAnalyzer(), new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES), threads)
                    .ingest(List.of(folder.toString()), SourceMetadata.NONE, msg -> { });
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new IngestRun(s, wall, cpu, peak / (1024.0 * 1024.0));
    }

    double documentsPerSecond() {
        return (summary.added() + summary.unchanged()) / wallSeconds;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
