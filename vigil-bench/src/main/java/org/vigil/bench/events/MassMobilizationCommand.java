package org.vigil.bench.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.assembly.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil-bench mass-mobilization}: protest attributes from notes, rows from 2015 on. */
@Command(name = "mass-mobilization", mixinStandardHelpOptions = true,
        description = "State responses, demands, protester violence from Mass Mobilization notes (rows 2015+).")
public final class MassMobilizationCommand implements Callable<Integer> {
    @Option(names = "--data", description = "folder with mmALL_073120_csv.csv (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/bench/events/mass-mobilization")
    Path data;

    @Override
    public Integer call() throws Exception {
        List<MassMobilization> rows = MassMobilizationBench.testRows(data);
        long t0 = System.nanoTime();
        MassMobilizationBench.Result vigil = MassMobilizationBench.score("Vigil (model + mentions)", rows,
                StandardPipeline.create(), ModelAttributeClassifier.shipped());
        double secs = (System.nanoTime() - t0) / 1e9;
        MassMobilizationBench.Result base = MassMobilizationBench.majority(rows, Set.of("ignore"), Set.of("political process"));
        print("rows from " + MassMobilization.FIRST_TEST_YEAR + " on, never trained on", List.of(vigil, base));
        System.out.printf(Locale.ROOT, "%d notes in %.1f s (pipeline + model)%n", rows.size(), secs);
        return 0;
    }

    static void print(String title, List<MassMobilizationBench.Result> results) {
        System.out.printf(Locale.ROOT, "Mass Mobilization, %s (%d notes), F1 per label%n", title, results.get(0).rows());
        table("state response", results, true);
        table("demand", results, false);
        for (MassMobilizationBench.Result r : results) {
            System.out.printf(Locale.ROOT, "%-34s protester violence F1 %.3f (support %d)%n", r.system(), r.violenceF1(),
                    r.violence().support("violence"));
        }
    }

    private static void table(String what, List<MassMobilizationBench.Result> results, boolean responses) {
        LabelScores first = responses ? results.get(0).responses() : results.get(0).demands();
        System.out.printf(Locale.ROOT, "%-24s %7s", what, "support");
        results.forEach(r -> System.out.printf(Locale.ROOT, " %34s", r.system()));
        System.out.println();
        for (String l : first.labels()) {
            System.out.printf(Locale.ROOT, "%-24s %7d", l, first.support(l));
            results.forEach(r -> System.out.printf(Locale.ROOT, " %34.3f", (responses ? r.responses() : r.demands()).f1(l)));
            System.out.println();
        }
        System.out.printf(Locale.ROOT, "%-24s %7s", "macro-F1", "");
        results.forEach(r -> System.out.printf(Locale.ROOT, " %34.3f", responses ? r.responsesMacroF1() : r.demandsMacroF1()));
        System.out.println();
    }
}
