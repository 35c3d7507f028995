package org.vigil.relevance;

import java.util.ArrayList;
import java.util.List;
import org.vigil.classify.LinearModel;
import org.vigil.text.Sentence;

/**
 * A {@link RelevanceJudge} from a linear model with the one label {@value #LABEL} over hashed words and character
 * n-grams plus {@link RelevanceFeatures}; made by {@code ./bench train-relevance} (shipped) or {@code vigil train
 * --task relevance} (a team's own coded documents). The same model judges the document and each sentence.
 */
public final class ModelRelevanceJudge implements RelevanceJudge {
    public static final String LABEL = "relevant";
    public static final String RESOURCE = "/classify/relevance.model";
    private final LinearModel model;

    public ModelRelevanceJudge(LinearModel model) {
        if (!model.labels().equals(List.of(LABEL))) {
            throw new IllegalArgumentException("not a relevance model: its labels are " + model.labels());
        }
        this.model = model;
    }

    /** The shipped model. */
    public static ModelRelevanceJudge shipped() {
        return new ModelRelevanceJudge(LinearModel.resource(RESOURCE));
    }

    @Override
    public Relevance judge(String text, List<Sentence> sentences) {
        List<Double> perSentence = new ArrayList<>(sentences.size());
        List<List<String>> features = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<String> f = RelevanceFeatures.of(s);
            features.add(f);
            perSentence.add(probability(s.text(), f));
        }
        return new Relevance(probability(text, RelevanceFeatures.union(features)), perSentence);
    }

    /** Probability of one text with its lexicon features. */
    public double probability(String text, List<String> lexiconFeatures) {
        return model.probabilities(model.features().of(text, lexiconFeatures))[0];
    }
}
