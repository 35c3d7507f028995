package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains {@link LinearModel}s by stochastic gradient descent on the logistic loss with L2 decay, in a fixed
 * order drawn from a fixed seed: the same examples always give the same weights.
 */
public final class LogisticTrainer {
    /** One training text, the labels it carries and named features beside its words. */
    public record Example(String text, Set<String> labels, List<String> extra) {
        public Example(String text, Set<String> labels) {
            this(text, labels, List.of());
        }
    }

    private final int bits;
    private final int epochs;
    private final double rate;
    private final double l2;
    private final long seed;

    public LogisticTrainer(int bits, int epochs, double rate, double l2, long seed) {
        this.bits = bits;
        this.epochs = epochs;
        this.rate = rate;
        this.l2 = l2;
        this.seed = seed;
    }

    /** Weights for each label; thresholds as given. */
    public LinearModel train(List<Example> examples, List<String> labels, float[] thresholds) {
        HashedFeatures f = new HashedFeatures(bits);
        List<HashedFeatures.Vector> xs = new ArrayList<>();
        examples.forEach(e -> xs.add(f.of(e.text(), e.extra())));
        float[][] w = new float[labels.size()][f.dimension()];
        Random rnd = new Random(seed);
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, rnd);
            for (int k : order) {
                double lr = rate / (1 + step++ * 1e-5);
                update(w, xs.get(k), examples.get(k).labels(), labels, lr);
            }
        }
        return new LinearModel(bits, labels, w, thresholds);
    }

    private void update(float[][] w, HashedFeatures.Vector x, Set<String> gold, List<String> labels, double lr) {
        for (int l = 0; l < labels.size(); l++) {
            float[] wl = w[l];
            double z = 0;
            for (int i : x.indices()) {
                z += wl[i];
            }
            double p = 1 / (1 + Math.exp(-z * x.value()));
            double g = (gold.contains(labels.get(l)) ? 1 : 0) - p;
            for (int i : x.indices()) {
                wl[i] += (float) (lr * (g * x.value() - l2 * wl[i]));
            }
        }
    }

    private static void shuffle(int[] a, Random rnd) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
