package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The main event as a CAMEO coder reads it, through the lexicon alone. */
class MainEventTest {
    private static final PipelineTextClassifier LEXICON = PipelineTextClassifier.lexiconOnly();

    private static String type(String text) {
        return LEXICON.classify("t", text, null).plover();
    }

    @Test
    void circumstanceComesAfterTheMainClause() {
        assertEquals("ACCUSE", type("Amid the protests, the minister criticised the police."));
    }

    @Test
    void announcedCooperationIsAnIntentToCooperate() {
        assertEquals("AGREE", type("The Kenyan president will visit Kampala next week."));
        assertEquals("CONSULT", type("The Kenyan president visited Kampala on Monday."));
    }

    @Test
    void aRefusedConcessionIsARejection() {
        assertEquals("REJECT", type("The junta would not release the detained journalists."));
    }
}
