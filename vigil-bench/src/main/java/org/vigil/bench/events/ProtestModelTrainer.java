package org.vigil.bench.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.classify.HashedFeatures;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.classify.ProtestAttributes;

/**
 * Trains the protest-attribute model on Mass Mobilization rows before {@link MassMobilization#FIRST_TEST_YEAR}
 * only. Thresholds are chosen per label on out-of-fold probabilities of every training row (5 folds; or, with
 * {@code folds} 0, on the last three training years with a model fitted on the years before); the shipped weights
 * are then fitted on every training year. Deterministic: fixed seed, order and folds. The settings were chosen on
 * rows before 2015 only ({@code train-protest --dev}: fitted before 2012 and scored on 2012-2014, fitted before
 * 2009 and scored on 2009-2011).
 */
public final class ProtestModelTrainer {
    /**
     * The settings the shipped model is trained with: hash bits, feature options, epochs, learning rate, L2 decay,
     * averaging, class balance, bits per stored weight, the step of the threshold search and the folds it scores.
     */
    public record Settings(int bits, boolean charGrams, boolean negation, boolean lengths, boolean counts, boolean raw,
                           int epochs, double rate, double l2, boolean averaged, double balance, int quantBits,
                           double step, int folds) {
        public static final Settings SHIPPED = new Settings(18, false, false, false, false, true, 8, 0.01, 1e-4, true, 0, 8,
                0.05, 5);

        LogisticTrainer trainer() {
            return new LogisticTrainer(new LogisticTrainer.Config(
                    new HashedFeatures.Options(bits, charGrams, negation, lengths, counts, raw),
                    epochs, rate, l2, averaged, balance, quantBits, 20150101L));
        }

        /** These settings with some changed: {@code name=value} pairs separated by commas. */
        public Settings with(String changes) {
            Map<String, String> m = new HashMap<>();
            for (String kv : changes.split(",")) {
                String[] p = kv.split("=", 2);
                m.put(p[0].trim(), p[1].trim());
            }
            return new Settings(i(m, "bits", bits), b(m, "chars", charGrams), b(m, "negation", negation),
                    b(m, "lengths", lengths), b(m, "counts", counts), b(m, "raw", raw), i(m, "epochs", epochs), d(m, "rate", rate),
                    d(m, "l2", l2), b(m, "averaged", averaged), d(m, "balance", balance), i(m, "quant", quantBits),
                    d(m, "step", step), i(m, "folds", folds));
        }

        private static int i(Map<String, String> m, String k, int v) {
            return m.containsKey(k) ? Integer.parseInt(m.get(k)) : v;
        }

        private static double d(Map<String, String> m, String k, double v) {
            return m.containsKey(k) ? Double.parseDouble(m.get(k)) : v;
        }

        private static boolean b(Map<String, String> m, String k, boolean v) {
            return m.containsKey(k) ? Boolean.parseBoolean(m.get(k)) : v;
        }
    }

    static final int DEV_YEARS = 3;

    private ProtestModelTrainer() {
    }

    public static List<String> labels() {
        List<String> out = new ArrayList<>();
        ProtestAttributes.STATE_RESPONSES.forEach(r -> out.add(ModelAttributeClassifier.RESPONSE + r));
        ProtestAttributes.DEMANDS.forEach(d -> out.add(ModelAttributeClassifier.DEMAND + d));
        out.add(ModelAttributeClassifier.VIOLENCE);
        return out;
    }

    /** The shipped model: trained on every row before 2015. */
    public static LinearModel train(List<MassMobilization> rows) {
        return train(rows, MassMobilization.FIRST_TEST_YEAR, Settings.SHIPPED);
    }

    /**
     * A model trained on rows before {@code endYear}; thresholds chosen on its last {@link #DEV_YEARS} years with
     * a model fitted on the years before them.
     */
    public static LinearModel train(List<MassMobilization> rows, int endYear, Settings settings) {
        LogisticTrainer trainer = settings.trainer();
        List<MassMobilization> training = rows.stream().filter(r -> r.year() < endYear).toList();
        List<String> labels = labels();
        float[] thresholds = settings.folds() > 1 ? foldThresholds(training, settings, labels)
                : yearThresholds(training, endYear, settings, labels);
        return trainer.train(examples(training), labels, thresholds);
    }

    /** Thresholds chosen on the last {@link #DEV_YEARS} years with a model fitted on the years before. */
    private static float[] yearThresholds(List<MassMobilization> training, int endYear, Settings settings,
                                          List<String> labels) {
        int devFrom = endYear - DEV_YEARS;
        List<LogisticTrainer.Example> fit = examples(training.stream().filter(r -> r.year() < devFrom).toList());
        List<MassMobilization> dev = training.stream().filter(r -> r.year() >= devFrom).toList();
        LinearModel first = settings.trainer().train(fit, labels, new float[labels.size()]);
        return thresholds(probabilities(first, dev), dev, labels, settings.step());
    }

    /** Thresholds chosen on every training row, each scored by a model fitted on the other folds (row i: fold i % k). */
    private static float[] foldThresholds(List<MassMobilization> training, Settings settings, List<String> labels) {
        int k = settings.folds();
        List<double[]> probs = new ArrayList<>(Collections.nCopies(training.size(), (double[]) null));
        for (int fold = 0; fold < k; fold++) {
            List<MassMobilization> fit = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < training.size(); i++) {
                if (i % k == fold) {
                    held.add(i);
                } else {
                    fit.add(training.get(i));
                }
            }
            LinearModel m = settings.trainer().train(examples(fit), labels, new float[labels.size()]);
            held.forEach(i -> probs.set(i, m.probabilities(m.features().of(training.get(i).notes()))));
        }
        return thresholds(probs, training, labels, settings.step());
    }

    private static List<double[]> probabilities(LinearModel m, List<MassMobilization> rows) {
        return rows.stream().map(r -> m.probabilities(m.features().of(r.notes()))).toList();
    }

    private static List<LogisticTrainer.Example> examples(List<MassMobilization> rows) {
        return rows.stream().map(r -> new LogisticTrainer.Example(r.notes(), r.labels())).toList();
    }

    /** Per label, the threshold in step..1-step that gives the best F1 on the development rows. */
    private static float[] thresholds(List<double[]> probs, List<MassMobilization> dev, List<String> labels, double step) {
        float[] out = new float[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            double best = -1;
            int steps = (int) Math.round(1 / step);
            for (int k = 1; k < steps; k++) {
                float t = (float) (k * step);
                double f1 = f1(probs, dev, l, labels.get(l), t);
                if (f1 > best + 1e-12) {
                    best = f1;
                    out[l] = t;
                }
            }
        }
        return out;
    }

    private static double f1(List<double[]> probs, List<MassMobilization> dev, int l, String label, float t) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < dev.size(); i++) {
            boolean pred = probs.get(i)[l] >= t;
            boolean gold = dev.get(i).labels().contains(label);
            tp += pred && gold ? 1 : 0;
            fp += pred && !gold ? 1 : 0;
            fn += !pred && gold ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }

}
