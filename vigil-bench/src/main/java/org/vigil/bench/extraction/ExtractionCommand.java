package org.vigil.bench.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil-bench extraction DIR}: Vigil and the peers on the Zyte article-extraction benchmark. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Article body extraction (Zyte benchmark): token-shingle P/R/F1 of Vigil and every peer in "
                + "DIR/peers, speed against a bare jsoup parse, publication dates against the truth URLs' dates.")
public final class ExtractionCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "benchmark folder (ground-truth.json, html/, peers/)")
    Path dir;
    @Option(names = "--bootstrap", description = "bootstrap resamples for the ± figures (default: ${DEFAULT-VALUE})")
    int bootstrap = 1000;
    @Option(names = "--rounds", description = "timed rounds after one warm-up (default: ${DEFAULT-VALUE})")
    int rounds = 3;
    @Option(names = "--out", description = "write Vigil's output as {id: {articleBody}} JSON here")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir, bootstrap, rounds);
        print(r, System.out);
        if (out != null) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode();
            r.vigilTexts().forEach((id, text) -> root.putObject(id).put("articleBody", text));
            m.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        }
        return 0;
    }

    static void print(ExtractionBenchmark.Result r, PrintStream out) {
        out.println("Article extraction, " + r.vigilTexts().size() + " pages; P and R are means over pages of "
                + "normalised 4-gram shingle counts, F1 of the means, ± bootstrap std; micro = pooled counts");
        out.printf("%-16s %-15s %-15s %-15s %-15s %s%n", "system", "F1", "precision", "recall", "accuracy", "micro P/R/F1");
        for (Map.Entry<String, ShingleScorer.Score> e : r.scores().entrySet()) {
            ShingleScorer.Score s = e.getValue();
            out.printf("%-16s %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f/%.3f/%.3f%n", e.getKey(),
                    s.f1(), s.f1Std(), s.precision(), s.precisionStd(), s.recall(), s.recallStd(), s.accuracy(),
                    s.accuracyStd(), s.microP(), s.microR(), s.microF1());
        }
        out.printf("speed: extractor %.1f pages/s, bare jsoup parse %.1f pages/s, extraction takes %.2fx the parse%n",
                r.extractPagesPerSecond(), r.parsePagesPerSecond(), r.slowdown());
        ExtractionBenchmark.DateCheck d = r.dates();
        out.printf("dates: %d/%d pages dated from markup alone; of %d with a day in the truth URL, %d dated, "
                        + "%d exact (%.1f%%), %d within a day (%.1f%%)%n", d.datedAll(), d.pages(), d.withGold(), d.dated(),
                d.exact(), 100.0 * d.exact() / Math.max(1, d.withGold()), d.withinOneDay(),
                100.0 * d.withinOneDay() / Math.max(1, d.withGold()));
    }
}
