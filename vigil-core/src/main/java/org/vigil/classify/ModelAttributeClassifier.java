package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;

/**
 * Protest attributes from the linear model trained on Mass Mobilization notes before 2015
 * ({@code classify/protest-attributes.model}, made by {@code ./bench train-protest}); labels are
 * {@code response:NAME}, {@code demand:NAME} and {@code violence}. With {@code withMentions}, what the
 * pipeline's mentions state outright is added: a riot by protesters is protester violence, a beating a beating.
 * "Ignore" is the absence of any other response read; see {@link #ModelAttributeClassifier(LinearModel, boolean,
 * boolean)} for the fill rule.
 */
public final class ModelAttributeClassifier implements AttributeClassifier {
    public static final String RESOURCE = "/classify/protest-attributes.model";
    public static final String RESPONSE = "response:";
    public static final String DEMAND = "demand:";
    public static final String VIOLENCE = "violence";
    /**
     * Texts shorter than this (a short sentence, unlike the notes the model learnt from) take their state
     * responses and protester violence from the mentions alone, and demands only at a probability of 0.5 or more.
     * 15 words was the best of 0, 15, 25 and 40 on the 2012-2014 development rows.
     */
    static final int BRIEF_WORDS = 15;
    private static final double BRIEF_THRESHOLD = 0.5;
    private final LinearModel model;
    private final boolean withMentions;
    private final boolean fill;

    /**
     * @param fill when the "ignore" label stays below its threshold yet no other response reaches its own, take
     *             the response nearest its threshold (probability / threshold) rather than "ignore"
     */
    public ModelAttributeClassifier(LinearModel model, boolean withMentions, boolean fill) {
        this.model = model;
        this.withMentions = withMentions;
        this.fill = fill;
    }

    /** With fill, as shipped: it raised the development state-response macro-F1 by 0.000 to 0.010 (13 settings). */
    public ModelAttributeClassifier(LinearModel model, boolean withMentions) {
        this(model, withMentions, true);
    }

    /** The shipped model. */
    public static ModelAttributeClassifier shipped() {
        return new ModelAttributeClassifier(LinearModel.resource(RESOURCE), true);
    }

    @Override
    public ProtestAttributes attributes(String text, List<Mention> mentions) {
        boolean brief = HashedFeatures.words(text).size() < BRIEF_WORDS;
        double[] p = model.probabilities(model.features().of(text));
        List<String> responses = new ArrayList<>();
        List<String> demands = new ArrayList<>();
        boolean violence = false;
        for (int l = 0; l < p.length; l++) {
            String label = model.labels().get(l);
            boolean yes = p[l] >= Math.max(model.threshold(l), brief ? BRIEF_THRESHOLD : 0);
            if (!yes) {
                continue;
            }
            if (label.startsWith(RESPONSE) && !brief) {
                responses.add(label.substring(RESPONSE.length()));
            } else if (label.startsWith(DEMAND)) {
                demands.add(label.substring(DEMAND.length()));
            } else if (label.equals(VIOLENCE) && !brief) {
                violence = true;
            }
        }
        if (fill && !brief && responses.isEmpty()) {
            nearest(p).ifPresent(responses::add);
        }
        List<Mention> told = mentions.stream().filter(m -> !m.negated() && !m.historical() && !m.future()).toList();
        if (withMentions || brief) {
            told.forEach(m -> stated(m, responses, brief));
        }
        if (responses.size() > 1) {
            responses.remove("ignore"); // ignoring and responding exclude each other
        }
        if (responses.isEmpty() && !brief) {
            responses.add("ignore"); // a note that tells of no response: the state ignored the protest
        }
        violence |= (withMentions || brief) && told.stream().anyMatch(m -> m.type() == PloverType.PROTEST
                && (m.modes().contains("riot") || m.modes().contains("vandalize")));
        return new ProtestAttributes(ordered(responses, ProtestAttributes.STATE_RESPONSES),
                ordered(demands, ProtestAttributes.DEMANDS), violence);
    }

    /** The response other than "ignore" nearest its threshold, when "ignore" is below its own. */
    private java.util.Optional<String> nearest(double[] p) {
        int ignore = model.labels().indexOf(RESPONSE + "ignore");
        if (ignore < 0 || p[ignore] >= model.threshold(ignore)) {
            return java.util.Optional.empty();
        }
        int best = -1;
        for (int l = 0; l < p.length; l++) {
            if (l != ignore && model.labels().get(l).startsWith(RESPONSE)
                    && (best < 0 || p[l] / model.threshold(l) > p[best] / model.threshold(best))) {
                best = l;
            }
        }
        return best < 0 ? java.util.Optional.empty() : java.util.Optional.of(model.labels().get(best).substring(RESPONSE.length()));
    }

    /**
     * A response the mention states outright and the model often misses: a beating. (Adding arrests, shootings,
     * killings or dispersal from mentions lowered F1 on the 2012-2014 development rows, so they stay the model's.)
     */
    private static void stated(Mention m, List<String> responses, boolean brief) {
        String r = null;
        if (m.modes().contains("beat")) {
            r = "beatings";
        } else if (!brief) {
            r = null;
        } else if (m.modes().contains("arrest")) {
            r = "arrests";
        } else if (m.modes().contains("crowd-control")) {
            r = "crowd dispersal";
        } else if (m.modes().contains("firearms")) {
            r = "shootings";
        } else if (m.type() == PloverType.ASSAULT && m.trigger().toLowerCase(java.util.Locale.ROOT).startsWith("kill")) {
            r = "killings";
        } else if (m.type() == PloverType.CONCEDE) {
            r = "accommodation";
        }
        if (r != null && !responses.contains(r)) {
            responses.add(r);
        }
    }

    private static List<String> ordered(List<String> found, List<String> order) {
        return order.stream().filter(found::contains).toList();
    }
}
