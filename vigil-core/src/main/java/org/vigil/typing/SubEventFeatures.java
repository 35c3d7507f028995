package org.vigil.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.vigil.model.Mention;

/**
 * What the lexicon and the mention stage found, as named features for the sub-event type model (beside the
 * sentence's hashed words): {@code lex:SUB} (the lexicon's code, counted {@value #LEXICON_WEIGHT} times),
 * {@code type:T}, {@code mode:M}, {@code trig:WORD}, {@code with:T} and {@code withmode:M} for the other mentions of
 * the sentence, {@code recip:ROLE}, {@code pdoc} when the document tells of a protest. One function for training
 * and typing, so a model sees at run time what it was trained on.
 */
public final class SubEventFeatures {
    static final int LEXICON_WEIGHT = 3;

    private SubEventFeatures() {
    }

    public static List<String> of(Mention mention, List<Mention> sentenceMentions, boolean protestInDocument) {
        List<String> out = new ArrayList<>();
        String lex = mention.acledSubEventType() == null ? "none" : mention.acledSubEventType();
        for (int k = 1; k <= LEXICON_WEIGHT; k++) {
            out.add("lex" + k + ":" + lex);
        }
        TreeSet<String> rest = new TreeSet<>();
        rest.add("type:" + mention.type());
        mention.modes().forEach(m -> rest.add("mode:" + m));
        rest.add("trig:" + mention.trigger().toLowerCase(Locale.ROOT).split("\\s+")[0]);
        mention.recipients().stream().filter(a -> a.role() != null).forEach(a -> rest.add("recip:" + a.role()));
        for (Mention other : sentenceMentions) {
            if (other != mention && !other.negated()) {
                rest.add("with:" + other.type());
                other.modes().forEach(m -> rest.add("withmode:" + m));
            }
        }
        if (protestInDocument) {
            rest.add("pdoc");
        }
        out.addAll(rest);
        return out;
    }
}
