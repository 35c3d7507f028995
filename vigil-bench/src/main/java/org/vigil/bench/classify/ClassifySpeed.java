package org.vigil.bench.classify;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.bench.claims.ClaimsSuite;
import org.vigil.classify.PipelineTextClassifier;
import org.vigil.classify.TextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench classify-speed}: texts per second of the typing stage ({@code vigil classify} without JSON
 * and I/O) on one thread, warm, on the claims suite's sentences (one-sentence news texts). Reports CPU time of
 * the thread (steady on a shared machine) and wall time, and the same as event mentions typed per second (the
 * mentions of one pass are counted apart, outside the timed rounds).
 */
@Command(name = "classify-speed", mixinStandardHelpOptions = true, description = "Speed of the typing stage, texts/s.")
public final class ClassifySpeed implements Callable<Integer> {
    @Option(names = "--rounds", defaultValue = "20", description = "passes over the sentences (default: ${DEFAULT-VALUE})")
    int rounds;

    /** Texts per CPU second and per wall second; {@code mentionsPerText}: event mentions found per text. */
    public record Result(int texts, double perCpuSecond, double perWallSecond, double mentionsPerText) {
    }

    public static Result measure(int rounds) throws java.io.IOException {
        List<String> texts = ClaimsSuite.load().stream().map(ClaimsSuite.Item::text).toList();
        PipelineTextClassifier clf = PipelineTextClassifier.standard();
        double mentions = 0;
        for (int i = 0; i < texts.size(); i++) {
            mentions += clf.mentions("m" + i, texts.get(i), null).size();
        }
        for (int i = 0; i < 3; i++) {
            run(clf, texts, i); // warm-up
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            run(clf, texts, r);
        }
        double cpu = (bean.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        int n = texts.size() * rounds;
        return new Result(n, n / cpu, n / wall, mentions / texts.size());
    }

    private static void run(TextClassifier clf, List<String> texts, int round) {
        for (int i = 0; i < texts.size(); i++) {
            clf.classify(round + "-" + i, texts.get(i), null);
        }
    }

    @Override
    public Integer call() throws Exception {
        Result r = measure(rounds);
        System.out.printf(Locale.ROOT, "typing stage, one thread, warm: %d texts, %.0f texts per CPU second, %.0f per wall second (goal >= 500/s)%n",
                r.texts(), r.perCpuSecond(), r.perWallSecond());
        System.out.printf(Locale.ROOT, "event mentions typed: %.2f per text, %.0f per CPU second, %.0f per wall second%n",
                r.mentionsPerText(), r.perCpuSecond() * r.mentionsPerText(), r.perWallSecond() * r.mentionsPerText());
        return 0;
    }
}
