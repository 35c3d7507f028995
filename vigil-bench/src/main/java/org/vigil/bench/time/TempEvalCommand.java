package org.vigil.bench.time;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil-bench tempeval}: TempEval-3 Task A on TE3 platinum, Vigil beside the published systems. */
@Command(name = "tempeval", mixinStandardHelpOptions = true,
        description = "TempEval-3 Task A (TIMEX3 extents, type, value) on TE3-platinum, beside the published table.")
public final class TempEvalCommand implements Callable<Integer> {
    @Option(names = "--data", description = "tempeval3 folder (default: ${DEFAULT-VALUE})", defaultValue = "../shared/bench/tempeval3")
    Path data;

    @Option(names = "--training", description = "also score the TBAQ-cleaned training set (development figure)")
    boolean training;

    @Option(names = "--errors", description = "list misses, spurious timexes and wrong values of the set scored last")
    boolean errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data) && Files.isDirectory(Path.of("..").resolve(data))) {
            data = Path.of("..").resolve(data); // run from a module folder
        }
        TempEvalBenchmark bench = new TempEvalBenchmark();
        TempEvalBenchmark.Result train = training ? bench.training(data) : null;
        TempEvalBenchmark.Result test = bench.platinum(data);
        System.out.println("TempEval-3 Task A, TE3-platinum (" + test.documents() + " documents, " + test.score().gold() + " gold TIMEX3)");
        System.out.printf(Locale.ROOT, "%-24s %8s %8s %8s %8s %8s %8s%n", "system", "rel F1", "rel P", "rel R", "strict F1", "value F1", "type acc");
        row("Vigil TimeMLTagger", test.score());
        for (String line : published()) {
            System.out.println(line);
        }
        System.out.printf(Locale.ROOT, "Vigil: strict P %.2f R %.2f, value accuracy %.2f, speed %.0f tokens/s (%d tokens, one thread, warm, best of three seconds)%n",
                100 * test.score().strictP(), 100 * test.score().strictR(), 100 * test.score().valueAccuracy(),
                test.tokensPerSecond(), test.tokens());
        if (train != null) {
            System.out.println("Training TBAQ-cleaned (" + train.documents() + " documents, " + train.score().gold() + " gold TIMEX3; development figure):");
            row("Vigil on training", train.score());
        }
        if (errors) {
            printErrors(train != null ? train : test);
        }
        return 0;
    }

    private static void row(String name, TimexScore s) {
        System.out.printf(Locale.ROOT, "%-24s %8.2f %8.2f %8.2f %8.2f %8.2f %8.2f%n", name, 100 * s.relaxedF1(), 100 * s.relaxedP(),
                100 * s.relaxedR(), 100 * s.strictF1(), 100 * s.valueF1(), 100 * s.typeAccuracy());
    }

    /** The published rows (UzZaman et al. 2013, Table 3) from PUBLISHED_RESULTS.txt, in the same columns. */
    private List<String> published() throws IOException {
        Path p = data.resolve("PUBLISHED_RESULTS.txt");
        if (!Files.exists(p)) {
            return List.of();
        }
        Pattern row = Pattern.compile("^(\\S.*?)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s+(\\d+\\.\\d+)\\s*$");
        return Files.readAllLines(p).stream().map(row::matcher).filter(Matcher::matches)
                .map(m -> String.format(Locale.ROOT, "%-24s %8s %8s %8s %8s %8s %8s", m.group(1) + " (publ.)", m.group(2), m.group(3),
                        m.group(4), m.group(5), m.group(6), "-"))
                .toList();
    }

    private static void printErrors(TempEvalBenchmark.Result r) {
        for (TimexScorer.Pair p : r.pairs()) {
            if (p.system() == null) {
                System.out.println("MISS  " + p.gold().text() + " | " + p.gold().type() + " " + p.gold().value());
            } else if (p.gold() == null) {
                System.out.println("SPUR  " + p.system().text() + " | " + p.system().type() + " " + p.system().value());
            } else if (!p.gold().text().equals(p.system().text()) || !p.gold().value().equals(p.system().value())
                    || !p.gold().type().equals(p.system().type().name())) {
                System.out.println("DIFF  " + p.gold().text() + " | " + p.gold().type() + " " + p.gold().value() + "  <>  "
                        + p.system().text() + " | " + p.system().type() + " " + p.system().value());
            }
        }
    }
}
