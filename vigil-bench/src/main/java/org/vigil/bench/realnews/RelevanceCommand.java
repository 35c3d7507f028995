package org.vigil.bench.realnews;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vigil.model.Mention;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.Relevance;
import org.vigil.relevance.RelevanceJudge;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.relevance.RelevanceTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil-bench relevance}: the record of the labelled real news (dev split, which the rules and model were
 * tuned on, and the test split, which they never were), scored with the relevance judgement and without it (every
 * mention shown, as before relevance existed), in the same run.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = "Relevance, events per relevant document, ACLED sub-types and figures on the labelled real news.")
public final class RelevanceCommand implements Callable<Integer> {
    /** Judges everything relevant: the record as it was before the relevance stage. */
    static final RelevanceJudge ALWAYS = (text, sentences) ->
            new Relevance(1, Collections.nCopies(sentences.size(), 1.0));

    @Option(names = "--bench", defaultValue = "../shared/bench", description = "shared benchmarks (default: ${DEFAULT-VALUE})")
    Path bench;

    @Option(names = "--labels", defaultValue = RealNewsLabels.DEFAULT_FILE, description = "labels (default: ${DEFAULT-VALUE})")
    Path labels;

    @Option(names = "--threshold", description = "confidence threshold (default: the shipped default)")
    Double threshold;

    @Option(names = "--cv", description = "also: the dev split judged by 5-fold cross-validation (each fold by a model not trained on it)")
    boolean cv;

    @Option(names = "--cv-misses", description = "also (with --cv): print the dev documents the cross-validated record judges wrong (for development)")
    boolean cvMisses;

    @Option(names = "--figure-misses", description = "also: print the dev split's labelled figures read wrong (for development)")
    boolean misses;

    @Option(names = "--events", description = "also (with --cv): list each relevant dev document's shown events beside its labelled ones (for development)")
    boolean events;

    @Override
    public Integer call() throws Exception {
        double t = threshold != null ? threshold : Relevance.DEFAULT_MIN_CONFIDENCE;
        List<RealNewsLabels.LabelledDocument> all = RealNewsLabels.read(labels, bench);
        Pipeline before = StandardPipeline.create(ALWAYS, org.vigil.typing.SubEventTyper.LEXICON);
        Pipeline after = StandardPipeline.create();
        System.out.printf(Locale.ROOT, "%-6s %-34s %5s %5s %5s %6s %6s %6s %6s %6s %8s %8s %7s%n", "split", "system",
                "docs", "rel", "P", "R", "F1", "ev/rel", "acl/rel", "acled", "acledF1w", "fig", "claimant");
        for (String split : List.of("dev", "test")) {
            List<RealNewsLabels.LabelledDocument> docs = new ArrayList<>(all.stream().filter(d -> d.split().equals(split)).toList());
            RealNewsScorer.Scores unfiltered = RealNewsScorer.score(RealNewsScorer.analyse(before, docs),
                    StandardPipeline.corpusAnalyzer(), 0);
            row(split, "before (every mention shown)", docs, unfiltered);
            if (misses && split.equals("dev")) {
                unfiltered.figureMisses().forEach(m -> System.out.println("  miss: " + m));
            }
            System.out.printf(Locale.ROOT, "%-6s %-34s %5d %5d %5s %6s %6s %6s %6.2f%n", split, "labels (news events)", docs.size(),
                    docs.stream().filter(RealNewsLabels.LabelledDocument::relevant).count(), "", "", "", "", labelledNewsEventsPerDoc(docs));
            row(split, String.format(Locale.ROOT, "Vigil (confidence >= %.2f)", t), docs,
                    RealNewsScorer.score(RealNewsScorer.analyse(after, docs), StandardPipeline.corpusAnalyzer(), t));
            if (cv && split.equals("dev")) {
                List<RealNewsScorer.Analysed> judged = crossValidated(docs);
                row("dev-cv", String.format(Locale.ROOT, "Vigil 5-fold CV (>= %.2f)", t), docs,
                        RealNewsScorer.score(judged, StandardPipeline.corpusAnalyzer(), t));
                if (cvMisses) {
                    judged.forEach(a -> printMiss(a, t));
                }
                if (events) {
                    EventListing.print(judged, StandardPipeline.corpusAnalyzer(), t);
                }
            }
        }
        System.out.println("(dev: the model and rules were tuned on it; test: never tuned on. 'before' is the record as a"
                + " dictionary coder makes it, every trigger an event, as GDELT/PETRARCH-style coders do. No peer relevance"
                + " classifier runs offline here; the nearest published task, CLEF ProtestNews 2019 document classification,"
                + " used other data: see docs/BENCHMARKS.md)");
        return 0;
    }

    private List<RealNewsScorer.Analysed> crossValidated(List<RealNewsLabels.LabelledDocument> docs) throws Exception {
        List<RelevanceTrainer.Example> external = RelevanceTraining.external(bench);
        List<RealNewsScorer.Analysed> out = new ArrayList<>();
        for (int f = 0; f < 5; f++) {
            List<RealNewsLabels.LabelledDocument> train = new ArrayList<>();
            List<RealNewsLabels.LabelledDocument> held = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % 5 == f ? held : train).add(docs.get(i));
            }
            List<RelevanceTrainer.Example> xs = new ArrayList<>(RelevanceTraining.fromLabels(train));
            xs.addAll(external);
            ModelRelevanceJudge judge = new ModelRelevanceJudge(RelevanceTrainer.train(xs, RelevanceTrainer.SHIPPED, 0.5f));
            out.addAll(RealNewsScorer.analyse(StandardPipeline.create(judge), held));
        }
        return out;
    }

    private static double labelledNewsEventsPerDoc(List<RealNewsLabels.LabelledDocument> docs) {
        List<RealNewsLabels.LabelledDocument> relevant = docs.stream().filter(RealNewsLabels.LabelledDocument::relevant).toList();
        return relevant.isEmpty() ? 0 : relevant.stream().mapToLong(d -> d.events().stream()
                .filter(e -> "news".equals(e.timeframe())).count()).sum() / (double) relevant.size();
    }

    /** A dev document judged wrong: its label, topic, best news-mention confidence and that mention's trigger. */
    private static void printMiss(RealNewsScorer.Analysed a, double t) {
        Mention best = a.analysis().mentions().stream().filter(m -> !m.historical())
                .max(java.util.Comparator.comparingDouble(Mention::confidence)).orElse(null);
        boolean found = best != null && best.confidence() >= t;
        if (found != a.gold().relevant()) {
            System.out.printf(Locale.ROOT, "  %s %-10s %-18s best %.3f %s%n", found ? "FP" : "FN", a.gold().id(),
                    a.gold().topic(), best == null ? 0 : best.confidence(),
                    best == null ? "(no mention)" : best.type() + " '" + best.trigger() + "'");
        }
    }

    private static void row(String split, String name, List<RealNewsLabels.LabelledDocument> docs, RealNewsScorer.Scores s) {
        long rel = docs.stream().filter(RealNewsLabels.LabelledDocument::relevant).count();
        System.out.printf(Locale.ROOT, "%-6s %-34s %5d %5d %5.3f %6.3f %6.3f %6.2f %6.2f %6s %8.3f %8s %7s   killed exact %d/%d%n",
                split, name, docs.size(), rel, s.precision(), s.recall(), s.f1(), s.eventsPerRelevantDoc(),
                s.codableEventsPerRelevantDoc(),
                s.acledRight() + "/" + s.acledTotal(), s.acledWeightedF1(), s.figuresRight() + "/" + s.figuresTotal(),
                s.figuresClaimantRight() + "/" + s.figuresTotal(), s.killedExact(), s.killedTotal());
    }
}
