package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PipelineTextClassifierTest {
    private static PipelineTextClassifier clf;

    @BeforeAll
    static void load() {
        clf = PipelineTextClassifier.standard();
    }

    private static Classification c(String text) {
        return clf.classify("t", text, null);
    }

    @Test
    void theAcledCodeIsTheNewsNotItsCircumstancesNorHistoryNorPromises() {
        Classification expel = c("Turkey expelled the Dutch ambassador after the row over a rally.");
        assertEquals("SANCTION", expel.plover());
        assertNull(expel.acledSubEventType(), "the rally is a circumstance");
        assertEquals("SANCTION", c("The European Union suspended budget support to Mali after the coup.").plover());
        assertNull(c("Farmers vowed to support the strike.").acledSubEventType(), "a promise is no agreement");
        assertEquals("Agreement", c("Rebels and the army agreed to a truce in Kachin state.").acledSubEventType());
    }

    @Test
    void protestWithArrestsAndTearGas() {
        Classification c = c("Police fired tear gas and arrested 40 protesters who marched in Nairobi against rising fuel prices.");
        assertTrue(c.protest());
        assertEquals("Protest with intervention", c.acledSubEventType());
        assertTrue(c.attributes().stateResponses().contains("arrests"), c.toString());
        assertTrue(c.attributes().stateResponses().contains("crowd dispersal"), c.toString());
        assertEquals("arrested", c.claims().get(0).kind());
    }

    @Test
    void shootingOfProtestersIsExcessiveForce() {
        Classification c = c("At least 12 people were killed when security forces opened fire on demonstrators in Khartoum, a doctors' committee said.");
        assertEquals("Excessive force against protesters", c.acledSubEventType());
        assertEquals(12L, c.claims().get(0).low());
        assertNull(c.claims().get(0).high());
        assertEquals("a doctors' committee", c.claims().get(0).claimant());
    }

    @Test
    void remoteViolenceAndTerritory() {
        assertEquals("Remote explosive/landmine/IED", c("A roadside bomb exploded near a convoy in Helmand, killing two soldiers.").acledSubEventType());
        assertEquals("Government regains territory", c("Government troops recaptured the town of Palma from insurgents.").acledSubEventType());
        assertEquals("Shelling/artillery/missile attack", c("Artillery shelling hit the outskirts of Donetsk overnight.").acledSubEventType());
        assertEquals("Air/drone strike", c("A drone strike hit a vehicle near Marib.").acledSubEventType());
    }

    @Test
    void shutdownsCensorshipAndStatementsAreTheirOwnKinds() {
        assertTrue(c("Authorities shut down the internet across the region.").kinds().contains("internet shutdown"));
        assertTrue(c("The European Union condemned the crackdown.").kinds().contains("statement of condemnation"));
        assertTrue(c("Rights groups expressed solidarity with the strikers.").kinds().contains("statement of support"));
    }

    @Test
    void noEventNoCodes() {
        Classification c = c("The weather in Lisbon was mild on Tuesday.");
        assertNull(c.plover());
        assertNull(c.acledSubEventType());
        assertFalse(c.protest());
    }

    /**
     * Development sentences written for Vigil (not evaluation data; the type model is trained on them): the lexicon
     * alone types nearly all, and so does the classifier with the model.
     */
    @Test
    void developmentSentencesAreTyped() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/classify/plover-dev.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split("\t")));
        }
        long right = rows.stream().filter(x -> x[0].equals(c(x[2]).plover())).count();
        assertTrue(right >= 0.95 * rows.size(), right + "/" + rows.size());
        PipelineTextClassifier lexicon = PipelineTextClassifier.lexiconOnly();
        long byLexicon = rows.stream().filter(x -> x[0].equals(lexicon.classify("t", x[2], null).plover())).count();
        assertTrue(byLexicon >= 0.95 * rows.size(), byLexicon + "/" + rows.size());
    }
}
