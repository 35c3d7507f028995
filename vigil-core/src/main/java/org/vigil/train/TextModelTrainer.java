package org.vigil.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.classify.HashedFeatures;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.classify.ModelFiles.Task;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.RelevanceFeatures;
import org.vigil.typing.SubEventFeatures;
import org.vigil.typing.SubEventTyper;
import org.vigil.relevance.RelevanceTrainer;

/**
 * Trains a model from a team's own coded texts ({@code vigil train}): relevance (labels true/false, the same
 * learner as the shipped relevance model), or one of several codes (PLOVER types, ACLED sub-types: one-vs-rest
 * logistic regressions over the same features, the most probable code wins), and measures it by k-fold
 * cross-validation on the same texts.
 */
public final class TextModelTrainer {
    /** Cross-validated figures: accuracy and, for relevance, precision, recall and F1 of "relevant". */
    public record Figures(int n, int folds, double accuracy, double precision, double recall, double f1,
                          double weightedF1) {
    }

    private static final Pipeline LEXICON_CODED = StandardPipeline.forTexts(SubEventTyper.LEXICON);
    private static final LogisticTrainer.Config CODES = new LogisticTrainer.Config(
            new HashedFeatures.Options(18, true, false, false, false, false), 10, 0.5, 1e-6, true, 0.3, 8, 20261202L);

    private TextModelTrainer() {
    }

    public static LinearModel train(Task task, List<CodedText> texts) {
        if (task == Task.RELEVANCE) {
            return RelevanceTrainer.train(relevanceExamples(texts), RelevanceTrainer.SHIPPED, 0.5f);
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(texts.stream().map(CodedText::label).toList()));
        List<LogisticTrainer.Example> xs = new ArrayList<>();
        for (CodedText t : texts) {
            Input in = input(task, t.text());
            xs.add(new LogisticTrainer.Example(in.text(), Set.of(t.label()), in.features()));
        }
        float[] thresholds = new float[labels.size()];
        java.util.Arrays.fill(thresholds, 0.5f);
        return new LogisticTrainer(CODES).train(xs, labels, thresholds);
    }

    /** The code a model gives a text: "true"/"false" for relevance, else the most probable label. */
    public static String predict(LinearModel model, Task task, String text) {
        Input in = input(task, text);
        double[] p = model.probabilities(model.features().of(in.text(), in.features()));
        if (task == Task.RELEVANCE) {
            return Boolean.toString(p[0] >= 0.5);
        }
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            best = p[i] > p[best] ? i : best;
        }
        return model.labels().get(best);
    }

    /** What a model of the task reads of a coded text: words and named features. */
    private record Input(String text, List<String> features) {
    }

    /**
     * An ACLED sub-type model reads what the pipeline's sub-event typer will give it: the sentence of the text's
     * first mention the lexicon codes and {@link SubEventFeatures} of that mention (the whole text and "no code"
     * when there is none); the other tasks read the text and the lexicon's findings in it.
     */
    private static Input input(Task task, String text) {
        if (task != Task.ACLED) {
            return new Input(text, RelevanceFeatures.ofText(text));
        }
        try {
            Document d = new Document("t", "t", "t", null, null, java.time.Instant.EPOCH, text, null, null);
            AnnotatedDocument ad = LEXICON_CODED.run(new AnnotatedDocument(d));
            List<Mention> ms = ad.get(Keys.MENTIONS);
            String clean = ad.text();
            for (Mention m : ms) {
                if (m.acledSubEventType() != null && !m.negated()) {
                    List<Mention> same = ms.stream().filter(x -> x.sentence().equals(m.sentence())).toList();
                    boolean protest = ms.stream().anyMatch(x -> x.type() == PloverType.PROTEST && !x.negated());
                    return new Input(clean.substring(m.sentence().start(), Math.min(clean.length(), m.sentence().end())),
                            SubEventFeatures.of(m, same, protest));
                }
            }
        } catch (StageException e) {
            // a text the pipeline cannot read is learnt from its words alone
        }
        return new Input(text, List.of("lex1:none", "lex2:none", "lex3:none"));
    }

    /** k-fold cross-validation: text {@code i} is predicted by a model trained without fold {@code i % folds}. */
    public static Figures crossValidate(Task task, List<CodedText> texts, int folds) {
        List<String> gold = texts.stream().map(t -> normal(task, t.label())).toList();
        List<String> got = new ArrayList<>(java.util.Collections.nCopies(texts.size(), ""));
        for (int f = 0; f < folds; f++) {
            List<CodedText> train = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (i % folds != f) {
                    train.add(texts.get(i));
                }
            }
            LinearModel m = train(task, train);
            for (int i = f; i < texts.size(); i += folds) {
                got.set(i, predict(m, task, texts.get(i).text()));
            }
        }
        return figures(gold, got, folds);
    }

    static Figures figures(List<String> gold, List<String> got, int folds) {
        int right = 0, tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < gold.size(); i++) {
            right += gold.get(i).equals(got.get(i)) ? 1 : 0;
            tp += gold.get(i).equals("true") && got.get(i).equals("true") ? 1 : 0;
            fp += !gold.get(i).equals("true") && got.get(i).equals("true") ? 1 : 0;
            fn += gold.get(i).equals("true") && !got.get(i).equals("true") ? 1 : 0;
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Figures(gold.size(), folds, (double) right / gold.size(), p, r, p + r == 0 ? 0 : 2 * p * r / (p + r),
                weightedF1(gold, got));
    }

    /** Support-weighted mean of the per-label F1 (labels as the gold ones). */
    public static double weightedF1(List<String> gold, List<String> got) {
        double sum = 0;
        for (String label : new TreeSet<>(gold)) {
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean g = gold.get(i).equals(label);
                boolean o = got.get(i).equals(label);
                tp += g && o ? 1 : 0;
                fp += !g && o ? 1 : 0;
                fn += g && !o ? 1 : 0;
            }
            double f = tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
            sum += f * (tp + fn);
        }
        return sum / gold.size();
    }

    private static List<RelevanceTrainer.Example> relevanceExamples(List<CodedText> texts) {
        return texts.stream().map(t -> new RelevanceTrainer.Example(t.text(), normal(Task.RELEVANCE, t.label()).equals("true"))).toList();
    }

    /** Relevance codes as "true"/"false" (true, 1, yes, relevant); other codes as given. */
    static String normal(Task task, String label) {
        if (task != Task.RELEVANCE) {
            return label;
        }
        String l = label.trim().toLowerCase(java.util.Locale.ROOT);
        return Boolean.toString(l.equals("true") || l.equals("1") || l.equals("yes") || l.equals("relevant"));
    }
}
