package org.vigil.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code vigil spark}: Vigil's batch jobs on Spark. In local mode from the launcher ({@code ./vigil spark ingest DIR
 * --out DIR}), or on a cluster: {@code spark-submit --class org.vigil.spark.SparkCli vigil-spark-submit.jar ingest ...}.
 */
@Command(name = "vigil spark", mixinStandardHelpOptions = true, subcommands = SparkIngest.class,
        description = "Vigil's batch jobs on Apache Spark (local mode, or spark-submit on a cluster).")
public final class SparkCli implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkCli()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
