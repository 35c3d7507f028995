package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PloverTypeModelTest {
    private static PipelineTextClassifier lexicon;
    private static PipelineTextClassifier standard;

    @BeforeAll
    static void load() {
        lexicon = PipelineTextClassifier.lexiconOnly();
        standard = PipelineTextClassifier.standard();
    }

    private static List<String> features(String text) {
        return PloverTypeModel.features(text, lexicon.mentions("t", text, null));
    }

    @Test
    void featuresNameTheLexiconsFindings() {
        List<String> f = features("The rebels agreed to stop the fighting near Goma.");
        assertTrue(f.contains("main:AGREE"), f.toString());
        assertTrue(f.contains("any:ASSAULT"), f.toString());
        assertTrue(f.contains("trig:agreed"), f.toString());
        assertTrue(f.contains("first:AGREE"), f.toString());
        assertEquals(List.of("none"), features("The weather in Lisbon was mild on Tuesday."));
    }

    @Test
    void negatedCooperationIsARefusal() {
        List<String> f = features("The government did not agree to the proposed ceasefire.");
        assertTrue(f.contains("main:REJECT"), f.toString());
        assertTrue(f.contains("neg:AGREE"), f.toString());
    }

    /** Each rule written from the CAMEO and PLOVER definitions gives its type through the lexicon alone. */
    @Test
    void definitionRulesTypeTheirSentences() throws Exception {
        List<String> wrong = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/classify/plover-rules.tsv"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).forEach(x -> {
                String got = lexicon.classify("t", x[1], null).plover();
                if (!x[0].equals(got)) {
                    wrong.add(x[0] + " got " + got + ": " + x[1]);
                }
            });
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void shippedModelTypesPlainSentencesAndLeavesNonEventsUntyped() {
        assertEquals("ASSAULT", standard.classify("t", "Gunmen shot dead two soldiers in Maiduguri.", null).plover());
        assertEquals("PROTEST", standard.classify("t", "Thousands marched in Lima against the new mining law.", null).plover());
        assertNull(standard.classify("t", "The weather in Lisbon was mild on Tuesday.", null).plover());
    }

    @Test
    void modelThatDoesNotDecideKeepsTheLexiconsType() {
        LinearModel m = new LogisticTrainer(10, 2, 0.5, 0, 1).train(
                List.of(new LogisticTrainer.Example("troops fired on the crowd", Set.of("ASSAULT"))),
                List.of("ASSAULT", "AGREE"), new float[2]);
        assertEquals("AGREE", new PloverTypeModel(m, false).chooseFrom("x", List.of("main:AGREE")));
    }
}
