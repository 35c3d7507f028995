package org.vigil.bench.jmh;

import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil-bench jmh}: the JMH hot-path benchmarks ({@link HotPaths}), one fork, medians over iterations. */
@Command(name = "jmh", mixinStandardHelpOptions = true,
        description = "JMH benchmarks of the hot paths (pipeline per report, TimeML tagger, quantities, gazetteer, copies).")
public final class JmhCommand implements Callable<Integer> {
    @Option(names = "--include", description = "regex of benchmark names (default: all)", defaultValue = ".*")
    String include;
    @Option(names = "--iterations", description = "measurement iterations of 2 s (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int iterations;

    @Override
    public Integer call() throws Exception {
        Options opts = new OptionsBuilder().include(HotPaths.class.getName() + "\\." + include)
                .forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("-Xmx1g").build();
        new Runner(opts).run();
        return 0;
    }
}
