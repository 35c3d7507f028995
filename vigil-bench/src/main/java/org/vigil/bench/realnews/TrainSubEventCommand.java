package org.vigil.bench.realnews;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.bench.events.PloverGold;
import org.vigil.classify.HashedFeatures;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench train-acled}: trains the shipped ACLED sub-event type model on the labelled mentions of the
 * development split ({@link SubEventTraining#fromLabels}) and
 * writes it where the build ships it. Same data, same bytes; {@code SubEventBenchTest} checks it. With
 * {@code --cv}, first the development split's labelled news events typed by 5-fold cross-validation (by document),
 * for the lexicon alone and for the model at several probability floors.
 */
@Command(name = "train-acled", mixinStandardHelpOptions = true,
        description = "Train the ACLED sub-event type model on the labelled real news (dev split); --cv also compares adding Mass Mobilization and PETRARCH weak labels.")
public final class TrainSubEventCommand implements Callable<Integer> {
    /** The settings of the shipped model (chosen by {@code --cv} on the development split only). */
    public static final LogisticTrainer.Config SHIPPED = new LogisticTrainer.Config(
            new HashedFeatures.Options(18, false, false, false, false, false), 10, 0.5, 1e-6, true, 0.3, 8, 20261203L);
    /**
     * With the weak labels (Mass Mobilization, PETRARCH), how many times each labelled development example counts.
     * The shipped model leaves the weak labels out: in 5-fold CV on the dev split they lowered the weighted F1
     * (0.453 against 0.478 without, at the best floor of each).
     */
    static final int WEAK_DEV_REPEAT = 10;

    @Option(names = "--bench", defaultValue = "../shared/bench", description = "shared benchmarks (default: ${DEFAULT-VALUE})")
    Path bench;

    @Option(names = "--labels", defaultValue = RealNewsLabels.DEFAULT_FILE, description = "labels (default: ${DEFAULT-VALUE})")
    Path labels;

    @Option(names = "--sentences", defaultValue = SentenceLabels.DEFAULT_FILE,
            description = "the project's labelled real-news sentences (default: ${DEFAULT-VALUE})")
    Path sentences;

    @Option(names = "--out", defaultValue = "vigil-core/src/main/resources/classify/acled-subtype.model",
            description = "model file to write (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--cv", description = "first: 5-fold cross-validated sub-types of the dev split's labelled events")
    boolean cv;

    @Option(names = "--confusions", description = "with --cv: the wrong sub-types of the shipped settings, gold -> given (for development)")
    boolean confusions;

    @Override
    public Integer call() throws Exception {
        Pipeline lexicon = StandardPipeline.create(ModelRelevanceJudge.shipped(), SubEventTyper.LEXICON);
        List<RealNewsLabels.LabelledDocument> dev = RealNewsLabels.read(labels, bench).stream()
                .filter(d -> !d.test() && d.relevant()).toList();
        List<RealNewsScorer.Analysed> analysed = RealNewsScorer.analyse(lexicon, dev);
        List<SubEventTraining.Sample> own = SubEventTraining.fromLabels(analysed);
        List<SubEventTraining.SentenceSample> fromSentences = SubEventTraining.fromSentences(lexicon,
                SentenceLabels.read(sentences, bench));
        System.out.printf(Locale.ROOT, "examples: %d labelled mentions of the dev split, %d in labelled sentences%n",
                own.size(), fromSentences.size());
        if (cv) {
            List<String> gold = PloverGold.read(bench.resolve("events/plover")).stream().map(PloverGold::text).toList();
            List<SubEventTraining.Sample> external = new ArrayList<>(SubEventTraining.fromPetrarch(lexicon, bench, gold));
            int petrarch = external.size();
            external.addAll(SubEventTraining.fromMassMobilization(lexicon, bench));
            System.out.printf(Locale.ROOT, "weak labels compared (not shipped): %d PETRARCH, %d Mass Mobilization%n",
                    petrarch, external.size() - petrarch);
            crossValidate(analysed, external, fromSentences);
        }
        LinearModel model = SubEventTraining.train(own, SHIPPED);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes, " + model.keptBuckets() + " buckets)");
        return 0;
    }

    static List<SubEventTraining.Sample> training(List<SubEventTraining.Sample> own, List<SubEventTraining.Sample> external,
                                                  int repeat) {
        List<SubEventTraining.Sample> xs = new ArrayList<>(external);
        for (int r = 0; r < repeat; r++) {
            xs.addAll(own);
        }
        return xs;
    }

    private void crossValidate(List<RealNewsScorer.Analysed> docs, List<SubEventTraining.Sample> external,
                               List<SubEventTraining.SentenceSample> sentenceSamples) {
        RealNewsScorer.LabelCounts lex = score(docs, List.of(SubEventTyper.LEXICON), 0);
        print("lexicon alone", lex);
        if (confusions) {
            lex.confusions().forEach(x -> System.out.println("      " + x));
        }
        for (int repeat : new int[] {0, -1, WEAK_DEV_REPEAT}) { // -1: dev and the labelled sentences
            List<LinearModel> models = new ArrayList<>();
            for (int f = 0; f < 5; f++) {
                List<RealNewsScorer.Analysed> train = new ArrayList<>();
                java.util.Set<String> held = new java.util.HashSet<>();
                for (int i = 0; i < docs.size(); i++) {
                    if (i % 5 != f) {
                        train.add(docs.get(i));
                    } else {
                        held.add(docs.get(i).gold().id());
                    }
                }
                List<SubEventTraining.Sample> fold = repeat != -1 ? List.of() : sentenceSamples.stream()
                        .filter(x -> !held.contains(x.doc())).map(SubEventTraining.SentenceSample::sample).toList();
                models.add(SubEventTraining.train(training(SubEventTraining.fromLabels(train),
                        repeat > 0 ? external : fold, Math.max(repeat, 1)), SHIPPED));
            }
            for (double floor : new double[] {0.0, 0.2, 0.3, 0.5, 0.7}) {
                List<SubEventTyper> typers = models.stream().map(m -> (SubEventTyper) new ModelSubEventTyper(m, floor)).toList();
                RealNewsScorer.LabelCounts c = score(docs, typers, 5);
                print(String.format(Locale.ROOT, "model, %s, floor %.1f", repeat == 0 ? "dev only" : repeat == -1
                        ? "dev + labelled sentences" : "dev x" + repeat + " + weak labels", floor), c);
                if (confusions && repeat == 0 && floor == ModelSubEventTyper.SHIPPED_MIN_PROBABILITY) {
                    c.confusions().forEach(x -> System.out.println("      " + x));
                    c.wrongExamples().forEach(x -> System.out.println("        " + x));
                }
            }
        }
    }

    /** Document {@code i} typed by {@code typers.get(i % folds)} (one typer when folds is 0). */
    static RealNewsScorer.LabelCounts score(List<RealNewsScorer.Analysed> docs, List<SubEventTyper> typers, int folds) {
        RealNewsScorer.LabelCounts counts = new RealNewsScorer.LabelCounts();
        for (int i = 0; i < docs.size(); i++) {
            SubEventTyper typer = typers.get(folds == 0 ? 0 : i % folds);
            RealNewsScorer.Analysed a = docs.get(i);
            List<SubEventTraining.Site> sites = SubEventTraining.sites(a.analysis());
            for (RealNewsLabels.LabelledEvent e : a.gold().events()) {
                var q = SubEventTraining.quote(a.analysis().document().cleanText(), e);
                if (e.acled() == null || !"news".equals(e.timeframe())) {
                    continue;
                }
                String got = q == null ? null : sites.stream().filter(s -> s.mention().sentence().overlaps(q))
                        .map(s -> s.typed(typer)).filter(x -> x != null).findFirst().orElse(null);
                String read = q == null ? "" : sites.stream().filter(s -> s.mention().sentence().overlaps(q))
                        .map(s -> s.mention().type() + " '" + s.mention().trigger() + "'").toList().toString();
                counts.add(e.acled(), got == null ? "(none)" : got, "'" + e.quote().text() + "' " + read);
            }
        }
        return counts;
    }

    private static void print(String name, RealNewsScorer.LabelCounts c) {
        System.out.printf(Locale.ROOT, "  %-50s %3d/%3d right (%d with no mention)  weighted F1 %.3f%n", name, c.right(),
                c.total(), c.count("(none)"), c.weightedF1());
    }
}
