package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Trains {@link LinearModel}s by stochastic gradient descent on the logistic loss with L2 decay, in a fixed
 * order drawn from a fixed seed: the same examples always give the same weights. Optionally the weights are
 * averaged over every step (averaged SGD) and positive examples of a label weigh {@code (negatives /
 * positives)^balance}.
 */
public final class LogisticTrainer {
    /** One training text, the labels it carries and named features beside its words. */
    public record Example(String text, Set<String> labels, List<String> extra) {
        public Example(String text, Set<String> labels) {
            this(text, labels, List.of());
        }
    }

    /**
     * How to train.
     *
     * @param rate      learning rate at the first step, decaying as {@code rate / (1 + step * 1e-5)}
     * @param averaged  return the average of the weights over all steps instead of the last weights
     * @param balance   exponent of the positive-example weight {@code (negatives / positives)^balance}; 0: none
     * @param quantBits bits per stored weight (8 or 16)
     */
    public record Config(HashedFeatures.Options features, int epochs, double rate, double l2, boolean averaged,
                         double balance, int quantBits, long seed) {
    }

    private final Config config;

    public LogisticTrainer(Config config) {
        this.config = config;
    }

    /** Words only, last weights, no balancing, 16-bit weights. */
    public LogisticTrainer(int bits, int epochs, double rate, double l2, long seed) {
        this(new Config(HashedFeatures.Options.words(bits), epochs, rate, l2, false, 0, 16, seed));
    }

    /** Weights for each label; thresholds as given. */
    public LinearModel train(List<Example> examples, List<String> labels, float[] thresholds) {
        HashedFeatures f = new HashedFeatures(config.features());
        List<HashedFeatures.Vector> xs = new ArrayList<>();
        examples.forEach(e -> xs.add(f.of(e.text(), e.extra())));
        float[][] w = new float[labels.size()][f.dimension()];
        double[][] u = config.averaged() ? new double[labels.size()][f.dimension()] : null;
        double[] positive = positiveWeights(examples, labels);
        Random rnd = new Random(config.seed());
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long step = 0;
        for (int epoch = 0; epoch < config.epochs(); epoch++) {
            shuffle(order, rnd);
            for (int k : order) {
                double lr = config.rate() / (1 + step++ * 1e-5);
                for (int l = 0; l < labels.size(); l++) {
                    boolean gold = examples.get(k).labels().contains(labels.get(l));
                    update(w[l], u == null ? null : u[l], step, xs.get(k), gold, gold ? lr * positive[l] : lr);
                }
            }
        }
        if (u != null) {
            average(w, u, step);
        }
        return LinearModel.of(config.features(), labels, w, thresholds, config.quantBits());
    }

    private double[] positiveWeights(List<Example> examples, List<String> labels) {
        double[] out = new double[labels.size()];
        for (int l = 0; l < out.length; l++) {
            String label = labels.get(l);
            long pos = examples.stream().filter(e -> e.labels().contains(label)).count();
            double ratio = pos == 0 ? 1 : (examples.size() - pos) / (double) pos;
            out[l] = Math.pow(Math.max(1, ratio), config.balance());
        }
        return out;
    }

    private void update(float[] wl, double[] ul, long step, HashedFeatures.Vector x, boolean gold, double lr) {
        int[] ind = x.indices();
        float[] val = x.values();
        double z = 0;
        for (int k = 0; k < ind.length; k++) {
            z += wl[ind[k]] * val[k];
        }
        double g = (gold ? 1 : 0) - 1 / (1 + Math.exp(-z));
        for (int k = 0; k < ind.length; k++) {
            int i = ind[k];
            float d = (float) (lr * (g * val[k] - config.l2() * wl[i]));
            wl[i] += d;
            if (ul != null) {
                ul[i] += (step - 1) * (double) d;
            }
        }
    }

    /** Averaged weights from the last weights and the step-weighted sum of updates: w - u / steps. */
    private static void average(float[][] w, double[][] u, long steps) {
        for (int l = 0; l < w.length; l++) {
            for (int i = 0; i < w[l].length; i++) {
                w[l][i] = (float) (w[l][i] - u[l][i] / steps);
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
