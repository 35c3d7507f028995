package org.vigil.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigil-bench}: one subcommand per open benchmark. Each scores Vigil and, in the same run, the peers'
 * outputs shipped with the benchmark, and prints one table with both.
 */
@Command(name = "vigil-bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: Vigil beside its peers, scored the same way in the same run.",
        subcommands = {
            org.vigil.bench.api.ApiBench.class,
            // one line per benchmark command
            org.vigil.bench.extraction.ExtractionCommand.class,
            org.vigil.bench.time.TempEvalCommand.class,
            org.vigil.bench.geo.GeoparsingCommand.class,
            org.vigil.bench.events.MassMobilizationCommand.class, org.vigil.bench.events.TrainProtestCommand.class, org.vigil.bench.events.TrainPloverCommand.class,
            org.vigil.bench.events.PloverCommand.class, org.vigil.bench.claims.ClaimsCommand.class,
            org.vigil.bench.realnews.TrainRelevanceCommand.class, org.vigil.bench.realnews.TrainSubEventCommand.class,
            org.vigil.bench.realnews.RelevanceCommand.class,
            org.vigil.bench.classify.ClassifySpeed.class, org.vigil.bench.jmh.JmhCommand.class, org.vigil.bench.throughput.ThroughputCommand.class,
        })
public final class BenchCli implements Runnable {
    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }
}
