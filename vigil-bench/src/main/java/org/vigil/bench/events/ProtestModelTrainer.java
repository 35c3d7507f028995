package org.vigil.bench.events;

import java.util.ArrayList;
import java.util.List;
import org.vigil.classify.HashedFeatures;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.classify.ProtestAttributes;

/**
 * Trains the protest-attribute model on Mass Mobilization rows before {@link MassMobilization#FIRST_TEST_YEAR}
 * only. Thresholds are chosen on the last three training years (2012-2014) with a model fitted on the years
 * before; the shipped weights are then fitted on every training year. Deterministic: fixed seed and order.
 */
public final class ProtestModelTrainer {
    /** Hash bits, epochs, learning rate, L2 decay: the settings the shipped model is trained with. */
    public record Settings(int bits, int epochs, double rate, double l2) {
        public static final Settings SHIPPED = new Settings(16, 8, 0.8, 1e-6);

        LogisticTrainer trainer() {
            return new LogisticTrainer(bits, epochs, rate, l2, 20150101L);
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
        int devFrom = endYear - DEV_YEARS;
        List<LogisticTrainer.Example> fit = examples(training.stream().filter(r -> r.year() < devFrom).toList());
        List<MassMobilization> dev = training.stream().filter(r -> r.year() >= devFrom).toList();
        LinearModel first = trainer.train(fit, labels, new float[labels.size()]);
        float[] thresholds = thresholds(first, dev, labels);
        return trainer.train(examples(training), labels, thresholds);
    }

    private static List<LogisticTrainer.Example> examples(List<MassMobilization> rows) {
        return rows.stream().map(r -> new LogisticTrainer.Example(r.notes(), r.labels())).toList();
    }

    /** Per label, the threshold in 0.05..0.95 that gives the best F1 on the development rows. */
    private static float[] thresholds(LinearModel model, List<MassMobilization> dev, List<String> labels) {
        HashedFeatures f = model.features();
        List<double[]> probs = dev.stream().map(r -> model.probabilities(f.of(r.notes()))).toList();
        float[] out = new float[labels.size()];
        for (int l = 0; l < labels.size(); l++) {
            double best = -1;
            for (int step = 1; step <= 19; step++) {
                float t = step * 0.05f;
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
