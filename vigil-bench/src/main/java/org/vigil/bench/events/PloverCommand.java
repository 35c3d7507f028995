package org.vigil.bench.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.classify.PipelineTextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigil-bench plover}: event type and mode of the PLOVER gold records. */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "PLOVER gold records: event-type accuracy and macro-F1, mode accuracy.")
public final class PloverCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/bench/events/plover",
            description = "folder with PLOVER_GSR_CAMEO.txt (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        List<PloverGold> gold = PloverGold.read(data);
        PipelineTextClassifier clf = PipelineTextClassifier.standard();
        PloverBench.Result r = PloverBench.score(gold, clf);
        Map<String, Long> counts = new java.util.TreeMap<>();
        gold.forEach(g -> counts.merge(g.type(), 1L, Long::sum));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "PLOVER gold records (%d with text; 0.5 names mapped to today's)%n", r.records());
        System.out.printf(Locale.ROOT, "%-14s %7s %6s%n", "type", "support", "F1");
        for (String t : counts.keySet()) {
            System.out.printf(Locale.ROOT, "%-14s %7d %6.3f%n", t, counts.get(t), r.f1(t));
        }
        System.out.printf(Locale.ROOT, "%-40s %8s %8s %8s%n", "system", "type acc", "macro-F1", "mode acc");
        System.out.printf(Locale.ROOT, "%-40s %8.3f %8.3f %8.3f   (modes scored on %d records; goal type acc >= 0.85)%n",
                "Vigil (lexicon, vigil classify)", r.typeAccuracy(), r.macroF1(), r.modeAccuracy(), r.modeRecords());
        System.out.printf(Locale.ROOT, "%-40s %8.3f %8s %8s%n", "most frequent type (reference)", (double) most / r.records(), "-", "-");
        System.out.printf(Locale.ROOT, "%.0f records/s through the pipeline, one thread%n", r.records() / r.seconds());
        return 0;
    }
}
