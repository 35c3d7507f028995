package org.vigil.classify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;

/**
 * Protest attributes from the linear model trained on Mass Mobilization notes before 2015
 * ({@code classify/protest-attributes.model}, made by {@code ./bench train-protest}); labels are
 * {@code response:NAME}, {@code demand:NAME} and {@code violence}. With {@code withMentions}, what the
 * pipeline's mentions state outright is added: a riot by protesters is protester violence, a beating a beating.
 */
public final class ModelAttributeClassifier implements AttributeClassifier {
    public static final String RESOURCE = "/classify/protest-attributes.model";
    public static final String RESPONSE = "response:";
    public static final String DEMAND = "demand:";
    public static final String VIOLENCE = "violence";
    private final LinearModel model;
    private final boolean withMentions;

    public ModelAttributeClassifier(LinearModel model, boolean withMentions) {
        this.model = model;
        this.withMentions = withMentions;
    }

    /** The shipped model. */
    public static ModelAttributeClassifier shipped() {
        try (InputStream in = ModelAttributeClassifier.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("missing resource " + RESOURCE);
            }
            return new ModelAttributeClassifier(LinearModel.read(in), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ProtestAttributes attributes(String text, List<Mention> mentions) {
        List<String> predicted = model.predict(text);
        List<String> responses = new ArrayList<>();
        List<String> demands = new ArrayList<>();
        for (String p : predicted) {
            if (p.startsWith(RESPONSE)) {
                responses.add(p.substring(RESPONSE.length()));
            } else if (p.startsWith(DEMAND)) {
                demands.add(p.substring(DEMAND.length()));
            }
        }
        if (withMentions) {
            mentions.stream().filter(m -> !m.negated() && !m.historical() && !m.future())
                    .forEach(m -> stated(m, responses));
        }
        if (responses.size() > 1) {
            responses.remove("ignore"); // ignoring and responding exclude each other
        }
        boolean violence = predicted.contains(VIOLENCE) || withMentions && mentions.stream()
                .anyMatch(m -> m.type() == PloverType.PROTEST && !m.negated() && !m.historical()
                        && (m.modes().contains("riot") || m.modes().contains("vandalize")));
        return new ProtestAttributes(ordered(responses, ProtestAttributes.STATE_RESPONSES),
                ordered(demands, ProtestAttributes.DEMANDS), violence);
    }

    /**
     * A response the mention states outright and the model often misses: a beating. (Adding arrests, shootings,
     * killings or dispersal from mentions lowered F1 on the 2012-2014 development rows, so they stay the model's.)
     */
    private static void stated(Mention m, List<String> responses) {
        if (m.modes().contains("beat") && !responses.contains("beatings")) {
            responses.add("beatings");
        }
    }

    private static List<String> ordered(List<String> found, List<String> order) {
        return order.stream().filter(found::contains).toList();
    }
}
