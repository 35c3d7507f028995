package org.vigil.typing;

import java.util.List;
import org.vigil.model.Mention;

/**
 * Decides the ACLED sub-event type of one event mention. The lexicon's code
 * ({@link org.vigil.mention.AcledCoder}, already on the mention) is the fallback and one of the typer's inputs.
 */
public interface SubEventTyper {
    /** The lexicon's code as it stands. */
    SubEventTyper LEXICON = (sentence, mention, sentenceMentions, protestInDocument) -> mention.acledSubEventType();

    /**
     * The sub-event type of {@code mention} (one of ACLED's 25), or null when ACLED codes no such event.
     *
     * @param sentence          the text of the mention's sentence
     * @param sentenceMentions  the mentions of the same sentence, {@code mention} among them
     * @param protestInDocument whether the document tells of a protest anywhere
     */
    String subEventType(String sentence, Mention mention, List<Mention> sentenceMentions, boolean protestInDocument);
}
