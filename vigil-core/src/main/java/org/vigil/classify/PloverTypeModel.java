package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.model.Mention;

/**
 * The main PLOVER type of a short text from a linear model ({@code classify/plover-type.model}, made by
 * {@code ./bench train-plover} from the project's own sentences and the CAMEO-coded PETRARCH validation records)
 * over the text's words and what the trigger lexicon found in it: the lexicon's main type, the types of all its
 * mentions, their trigger words, which are negated, announced or governed by an earlier verb. As shipped the
 * model decides every type (the better of the two uses in 5-fold cross-validation on the training sentences); a
 * text the lexicon finds nothing in gets a type only when the model is sure enough.
 */
public final class PloverTypeModel {
    public static final String RESOURCE = "/classify/plover-type.model";
    /** Below this probability a text without any lexicon mention stays untyped. */
    static final double UNTYPED_BELOW = 0.5;
    /** How many features carry the lexicon's main type (best of 1, 3, 6, 10 in 5-fold CV on the training sentences). */
    static final int MAIN_WEIGHT = 3;
    private final LinearModel model;
    private final boolean decidesAll;

    /**
     * With {@code decidesAll} the model picks every text's type (the lexicon's findings are among its features);
     * without, the lexicon's main type stands and the model types only the texts the lexicon leaves untyped.
     */
    public PloverTypeModel(LinearModel model, boolean decidesAll) {
        this.model = model;
        this.decidesAll = decidesAll;
    }

    /** The shipped model. */
    public static PloverTypeModel shipped() {
        return new PloverTypeModel(LinearModel.resource(RESOURCE), true);
    }

    /**
     * What the lexicon found, as named features: {@code main:T} (the lexicon's main type), {@code first:T} (first
     * mention in reading order), {@code any:T}, {@code trig:WORD}, {@code neg:T}, {@code fut:T}, {@code comp:T}
     * (the main mention is the object of an earlier verb), {@code none} when nothing was found.
     */
    public static List<String> features(String text, List<Mention> mentions) {
        List<Mention> ordered = MainEvent.ordered(text, mentions);
        List<String> out = new ArrayList<>();
        String mainType = MainEvent.mainType(text, mentions);
        out.add(mainType == null ? "none" : "main:" + mainType);
        for (int k = 2; k <= MAIN_WEIGHT && mainType != null; k++) {
            out.add("main" + k + ":" + mainType); // the lexicon's main type counts as several words
        }
        if (!ordered.isEmpty()) {
            Mention main = ordered.get(0);
            main.modes().stream().limit(1).forEach(m -> out.add("mode:" + m));
            if (MainEvent.complement(text, main)) {
                out.add("comp:" + main.type());
            }
        }
        for (Mention m : mentions) {
            if (out.size() < 40) {
                add(text, m, out);
            }
        }
        mentions.stream().filter(m -> !m.negated()).findFirst().ifPresent(m -> out.add("first:" + m.type()));
        return out;
    }

    private static void add(String text, Mention m, List<String> out) {
        String word = m.trigger().toLowerCase(Locale.ROOT).split("\\s+")[0];
        if (m.negated()) {
            out.add("neg:" + m.type());
            return;
        }
        out.add("any:" + m.type());
        out.add("trig:" + word);
        if (m.future()) {
            out.add("fut:" + m.type());
        }
        if (MainEvent.complement(text, m)) {
            out.add("sub:" + m.type());
        }
    }

    /** The most probable type; null for a text the lexicon found nothing in, unless the model is sure. */
    public String choose(String text, List<Mention> mentions) {
        return chooseFrom(text, features(text, mentions));
    }

    /** The same from the {@link #features} already drawn from the mentions. */
    public String chooseFrom(String text, List<String> features) {
        if (text.isBlank()) {
            return null; // nothing to read: no type, whatever the model's bias
        }
        String lexicon = features.stream().filter(f -> f.startsWith("main:")).findFirst().orElse(null);
        if (!decidesAll && lexicon != null) {
            return lexicon.substring("main:".length());
        }
        double[] p = model.probabilities(model.features().of(text, features));
        int best = 0;
        for (int l = 1; l < p.length; l++) {
            best = p[l] > p[best] ? l : best;
        }
        return !features.contains("none") || p[best] >= UNTYPED_BELOW ? model.labels().get(best) : null;
    }
}
