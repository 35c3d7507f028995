package org.vigil.bench.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.classify.PipelineTextClassifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench plover}: event type and mode of the PLOVER gold records, by the lexicon alone, by
 * {@code vigil classify} (lexicon + the shipped type model, which never saw a gold record) and, for reference,
 * by 10-fold cross-validation with nine tenths of the gold records added to the model's training sentences.
 */
@Command(name = "plover", mixinStandardHelpOptions = true,
        description = "PLOVER gold records: event-type accuracy and macro-F1, mode accuracy.")
public final class PloverCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "../shared/bench/events/plover",
            description = "folder with PLOVER_GSR_CAMEO.txt and the PETRARCH records (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--written", defaultValue = TrainPloverCommand.WRITTEN,
            description = "the project's own typed sentences (default: ${DEFAULT-VALUE})")
    Path written;

    @Override
    public Integer call() throws Exception {
        List<PloverGold> gold = PloverGold.read(data);
        PloverBench.Result lexicon = PloverBench.score(gold, PipelineTextClassifier.lexiconOnly());
        PloverBench.Result shipped = PloverBench.score(gold, PipelineTextClassifier.standard());
        PloverBench.Result cv = crossValidated(gold, true);
        Map<String, Long> counts = new java.util.TreeMap<>();
        gold.forEach(g -> counts.merge(g.type(), 1L, Long::sum));
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.printf(Locale.ROOT, "PLOVER gold records (%d with text; 0.5 names mapped to today's)%n", shipped.records());
        System.out.printf(Locale.ROOT, "%-14s %7s %8s %8s %8s%n", "type", "support", "F1 lex", "F1 final", "F1 cv");
        for (String t : counts.keySet()) {
            System.out.printf(Locale.ROOT, "%-14s %7d %8.3f %8.3f %8.3f%n", t, counts.get(t), lexicon.f1(t), shipped.f1(t), cv.f1(t));
        }
        System.out.printf(Locale.ROOT, "%-52s %8s %8s %8s%n", "system", "type acc", "macro-F1", "mode acc");
        row("Vigil lexicon only", lexicon, true);
        row("Vigil lexicon + type model (vigil classify)", shipped, true);
        row("same, 10-fold CV with 9/10 of gold added to training", cv, false);
        System.out.printf(Locale.ROOT, "%-52s %8.3f %8s %8s%n", "most frequent type (reference)", (double) most / shipped.records(), "-", "-");
        System.out.printf(Locale.ROOT, "modes scored on %d records; goal type acc >= 0.85; the shipped model saw no gold record%n",
                shipped.modeRecords());
        System.out.println("most frequent confusions (gold->predicted) of vigil classify: " + top(shipped.confusions()));
        System.out.printf(Locale.ROOT, "%.0f records/s through the pipeline and the model, one thread%n",
                shipped.records() / shipped.seconds());
        return 0;
    }

    private static String top(Map<String, Integer> confusions) {
        return confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).limit(12).map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static void row(String name, PloverBench.Result r, boolean modes) {
        System.out.printf(Locale.ROOT, "%-52s %8.3f %8.3f %8s%n", name, r.typeAccuracy(), r.macroF1(),
                modes ? String.format(Locale.ROOT, "%.3f", r.modeAccuracy()) : "-");
    }

    /** Each gold record typed by a model trained on the training sentences and the other nine tenths. */
    private PloverBench.Result crossValidated(List<PloverGold> gold, boolean decidesAll) throws java.io.IOException {
        PloverTraining.Data d = PloverTraining.read(written, data, gold.stream().map(PloverGold::text).toList());
        PipelineTextClassifier lexicon = PipelineTextClassifier.lexiconOnly();
        List<PloverModelTrainer.Sample> always = TrainPloverCommand.samples(lexicon, d.sentences());
        List<PloverModelTrainer.Sample> folded = new ArrayList<>();
        for (PloverGold g : gold) {
            folded.add(PloverModelTrainer.sample(lexicon, g.id(), g.text(), g.type()));
        }
        System.out.printf(Locale.ROOT, "training sentences: %d (%d PETRARCH records dropped as overlapping gold texts)%n",
                d.sentences().size(), d.dropped());
        List<String> pred = PloverModelTrainer.crossValidate(always, folded, 10, PloverModelTrainer.Settings.SHIPPED,
                decidesAll);
        return PloverBench.tally(gold, pred, null, 0);
    }
}
