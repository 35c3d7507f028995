package org.vigil.typing;

import java.util.List;
import org.vigil.classify.LinearModel;
import org.vigil.mention.AcledCoder;
import org.vigil.model.Mention;

/**
 * The sub-event type from a linear model over the sentence's words and {@link SubEventFeatures}: the shipped
 * {@value #RESOURCE} (made by {@code ./bench train-acled} from real text only), or a team's own from
 * {@code vigil train --task acled}. The model re-types what the lexicon coded when its best label reaches
 * {@code minProbability}; what the lexicon leaves uncoded (statements, cooperation) stays uncoded, and a code the
 * lexicon read from the words that define it ({@link AcledCoder#decisive}) stands.
 */
public final class ModelSubEventTyper implements SubEventTyper {
    public static final String RESOURCE = "/classify/acled-subtype.model";
    /** The shipped floor: below it the lexicon's code stands (chosen by cross-validation on the dev split). */
    public static final double SHIPPED_MIN_PROBABILITY = 0.5;
    private final LinearModel model;
    private final double minProbability;

    public ModelSubEventTyper(LinearModel model, double minProbability) {
        this.model = model;
        this.minProbability = minProbability;
    }

    public static ModelSubEventTyper shipped() {
        return new ModelSubEventTyper(LinearModel.resource(RESOURCE), SHIPPED_MIN_PROBABILITY);
    }

    @Override
    public String subEventType(String sentence, Mention mention, List<Mention> sentenceMentions, boolean protestInDocument) {
        String lexicon = mention.acledSubEventType();
        if (lexicon == null || AcledCoder.decisive(mention.modes(), mention.recipients())) {
            return lexicon;
        }
        double[] p = model.probabilities(model.features().of(sentence,
                SubEventFeatures.of(mention, sentenceMentions, protestInDocument)));
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            best = p[l] > p[best] ? l : best;
        }
        return p[best] >= minProbability ? model.labels().get(best) : lexicon;
    }
}
