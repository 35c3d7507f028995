package org.vigil.typing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.mention.AcledCoder;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;

/**
 * Gives every mention the ACLED sub-event type its {@link SubEventTyper} decides, and the event type that goes
 * with it. Mentions are rewritten in place; nothing else changes.
 */
public final class SubEventTypingStage implements Stage {
    private final SubEventTyper typer;

    public SubEventTypingStage(SubEventTyper typer) {
        this.typer = typer;
    }

    @Override
    public String name() {
        return "sub-event-types";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.MENTIONS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.SUB_EVENT_TYPES);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        if (!org.vigil.language.Languages.ENGLISH.equals(org.vigil.language.Languages.of(doc.document()))) {
            doc.put(Keys.SUB_EVENT_TYPES, Boolean.TRUE); // the model learned English words: the lexicon's code stands
            return;
        }
        boolean protest = mentions.stream().anyMatch(m -> m.type() == PloverType.PROTEST && !m.negated());
        String text = doc.text();
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Mention> same = mentions.stream().filter(x -> x.sentence().equals(m.sentence())).toList();
            String sentence = text.substring(m.sentence().start(), Math.min(text.length(), m.sentence().end()));
            String sub = typer.subEventType(sentence, m, same, protest);
            out.add(sub == null || sub.equals(m.acledSubEventType()) ? m : m.withAcled(AcledCoder.eventTypeOf(sub), sub));
        }
        doc.put(Keys.MENTIONS, out);
        doc.put(Keys.SUB_EVENT_TYPES, Boolean.TRUE);
    }
}
