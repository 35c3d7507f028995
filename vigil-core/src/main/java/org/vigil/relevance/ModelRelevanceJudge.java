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
        return judge(text, sentences, i -> true);
    }

    /** Hashing a sentence costs more than its lexicon features: only the sentences needed are hashed and scored. */
    @Override
    public Relevance judge(String text, List<Sentence> sentences, java.util.function.IntPredicate needed) {
        Double[] perSentence = new Double[sentences.size()];
        List<List<String>> features = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            List<String> f = RelevanceFeatures.of(sentences.get(i));
            features.add(f);
            if (needed.test(i)) {
                perSentence[i] = probability(sentences.get(i).text(), f);
            }
        }
        double document = probability(text, RelevanceFeatures.union(features));
        for (int i = 0; i < perSentence.length; i++) {
            if (perSentence[i] == null) {
                perSentence[i] = document;
            }
        }
        return new Relevance(document, List.of(perSentence));
    }

    /** Probability of one text with its lexicon features. */
    public double probability(String text, List<String> lexiconFeatures) {
        return model.probabilities(model.features().of(text, lexiconFeatures))[0];
    }
}
