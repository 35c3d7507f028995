package org.vigil.typing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigil.mention.AcledCoder;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.ModelRelevanceJudge;

/** The learned sub-event typer behind the lexicon: what it may change, what it must leave, and its fallback. */
class SubEventTypingStageTest {
    private static List<Mention> mentions(String text, SubEventTyper typer) throws Exception {
        Document d = new Document("d", "t.txt", "Danube Post", null, null, Instant.EPOCH, text, null, null);
        return StandardPipeline.create(ModelRelevanceJudge.shipped(), typer).run(new AnnotatedDocument(d)).get(Keys.MENTIONS);
    }

    @Test
    void everySubTypeHasItsAcledEventType() {
        List<String> subs = AcledCoder.subEventTypes();
        assertEquals(25, subs.size());
        Set<String> types = new HashSet<>();
        subs.forEach(s -> types.add(AcledCoder.eventTypeOf(s)));
        assertEquals(Set.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                "Strategic developments"), types);
        assertNull(AcledCoder.eventTypeOf("Hockey game"));
    }

    @Test
    void theShippedModelCodesOnlyAcledSubTypesAndKeepsEventTypesConsistent() throws Exception {
        String text = "Police fired tear gas and live rounds at thousands of protesters in Tirana on Monday, killing two. "
                + "A roadside bomb killed three soldiers near Kandahar. The minister said the talks would go on.";
        for (Mention m : mentions(text, ModelSubEventTyper.shipped())) {
            if (m.acledSubEventType() != null) {
                assertTrue(AcledCoder.subEventTypes().contains(m.acledSubEventType()), m.acledSubEventType());
                assertEquals(AcledCoder.eventTypeOf(m.acledSubEventType()), m.acledEventType());
            }
        }
    }

    @Test
    void whatTheLexiconLeavesUncodedStaysUncoded() throws Exception {
        String text = "The minister said on Tuesday that the government would consider the union's demands.";
        SubEventTyper always = (s, m, same, p) -> "Attack";
        List<Mention> lexicon = mentions(text, SubEventTyper.LEXICON);
        List<Mention> typed = mentions(text, new ModelSubEventTyper(org.vigil.classify.LinearModel.resource(
                ModelSubEventTyper.RESOURCE), 0.0));
        for (int i = 0; i < lexicon.size(); i++) {
            if (lexicon.get(i).acledSubEventType() == null) {
                assertNull(typed.get(i).acledSubEventType(), typed.get(i).toString());
            }
        }
        // a typer that answers for every mention is the stage's to apply, not the model's floor
        mentions(text, always).stream().filter(m -> m.type() != null)
                .forEach(m -> assertEquals("Violence against civilians", m.acledEventType()));
    }

    @Test
    void belowItsFloorTheModelLeavesTheLexiconsCode() throws Exception {
        String text = "Riot police dispersed hundreds of students protesting in Sofia on Friday and detained twelve.";
        List<Mention> lexicon = mentions(text, SubEventTyper.LEXICON);
        List<Mention> floored = mentions(text, new ModelSubEventTyper(org.vigil.classify.LinearModel.resource(
                ModelSubEventTyper.RESOURCE), 1.01));
        assertEquals(lexicon.stream().map(Mention::acledSubEventType).toList(),
                floored.stream().map(Mention::acledSubEventType).toList());
        assertTrue(lexicon.stream().anyMatch(m -> m.type() == PloverType.PROTEST));
    }
}
