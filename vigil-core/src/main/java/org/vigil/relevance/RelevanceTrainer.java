package org.vigil.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.classify.HashedFeatures;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;

/**
 * Trains the relevance model: averaged SGD logistic regression on hashed word unigrams and bigrams, character
 * 3-5-grams and {@link RelevanceFeatures}, positives weighted up to balance the classes. The same examples in the
 * same order give the same bytes.
 */
public final class RelevanceTrainer {
    /** One coded text: a whole document or one sentence, relevant or not. */
    public record Example(String text, boolean relevant) {
    }

    /** The settings of the shipped model (chosen by cross-validation on the development split only). */
    public static final LogisticTrainer.Config SHIPPED = new LogisticTrainer.Config(
            new HashedFeatures.Options(18, true, false, false, false, false), 8, 0.5, 1e-6, true, 0.5, 8, 20261202L);

    private RelevanceTrainer() {
    }

    public static LinearModel train(List<Example> examples, LogisticTrainer.Config config, float threshold) {
        List<LogisticTrainer.Example> xs = new ArrayList<>(examples.size());
        for (Example e : examples) {
            xs.add(new LogisticTrainer.Example(e.text(), e.relevant() ? Set.of(ModelRelevanceJudge.LABEL) : Set.of(),
                    RelevanceFeatures.ofText(e.text())));
        }
        return new LogisticTrainer(config).train(xs, List.of(ModelRelevanceJudge.LABEL), new float[] {threshold});
    }

    /**
     * Out-of-fold probabilities: example {@code i} is scored by a model trained on the folds it is not in
     * ({@code i % folds}).
     */
    public static double[] crossValidate(List<Example> examples, LogisticTrainer.Config config, int folds) {
        double[] out = new double[examples.size()];
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            ModelRelevanceJudge judge = new ModelRelevanceJudge(train(train, config, 0.5f));
            for (int i = f; i < examples.size(); i += folds) {
                out[i] = judge.probability(examples.get(i).text(), RelevanceFeatures.ofText(examples.get(i).text()));
            }
        }
        return out;
    }
}
