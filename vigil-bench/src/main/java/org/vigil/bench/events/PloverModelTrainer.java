package org.vigil.bench.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.classify.PipelineTextClassifier;
import org.vigil.classify.PloverTypeModel;
import org.vigil.model.PloverType;

/**
 * Trains the PLOVER type model: one-vs-rest logistic regressions over a text's hashed words and bigrams and the
 * trigger lexicon's findings ({@link PloverTypeModel#features}). Deterministic: fixed seed and order, so the same
 * sentences give the same bytes.
 */
public final class PloverModelTrainer {
    /** Hash bits, epochs, learning rate, L2 decay. */
    public record Settings(int bits, int epochs, double rate, double l2) {
        public static final Settings SHIPPED = new Settings(16, 25, 2.0, 1e-6);

        LogisticTrainer trainer() {
            return new LogisticTrainer(bits, epochs, rate, l2, 20240204L);
        }
    }

    /** A text, its gold type and the lexicon's findings in it. */
    public record Sample(String text, String type, List<String> features) {
    }

    private PloverModelTrainer() {
    }

    public static List<String> labels() {
        return Arrays.stream(PloverType.values()).map(Enum::name).toList();
    }

    /** Runs the pipeline's lexicon over each text once. */
    public static Sample sample(PipelineTextClassifier lexicon, String id, String text, String type) {
        return new Sample(text, type, PloverTypeModel.features(text, lexicon.mentions(id, text, null)));
    }

    public static LinearModel train(List<Sample> samples, Settings settings) {
        List<LogisticTrainer.Example> ex = samples.stream()
                .map(s -> new LogisticTrainer.Example(s.text(), Set.of(s.type()), s.features())).toList();
        return settings.trainer().train(ex, labels(), new float[labels().size()]);
    }

    /**
     * k-fold cross-validation: each sample of {@code folded} is typed by a model trained on {@code always} and the
     * other folds (fold = index mod k), used as {@link PloverTypeModel} is with {@code decidesAll}. Returns the predicted types in the order of {@code folded}.
     */
    public static List<String> crossValidate(List<Sample> always, List<Sample> folded, int k, Settings settings,
                                             boolean decidesAll) {
        String[] out = new String[folded.size()];
        for (int fold = 0; fold < k; fold++) {
            List<Sample> train = new ArrayList<>(always);
            for (int i = 0; i < folded.size(); i++) {
                if (i % k != fold) {
                    train.add(folded.get(i));
                }
            }
            PloverTypeModel m = new PloverTypeModel(train(train, settings), decidesAll);
            for (int i = fold; i < folded.size(); i += k) {
                out[i] = m.chooseFrom(folded.get(i).text(), folded.get(i).features());
            }
        }
        return Arrays.asList(out);
    }
}
