package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.typing.SubEventTyper;

/**
 * The lexicon's ACLED code from what surrounds a mention: who is hit (armed or not), whether a protest is near,
 * and the weapon its sentence names.
 */
class AcledContextTest {
    private static List<Mention> mentions(String text) throws Exception {
        Document d = new Document("d", "t.txt", "Danube Post", null, null, Instant.EPOCH, text, null, null);
        return StandardPipeline.create(ModelRelevanceJudge.shipped(), SubEventTyper.LEXICON)
                .run(new AnnotatedDocument(d)).get(Keys.MENTIONS);
    }

    private static String codeOf(List<Mention> ms, String trigger) {
        return ms.stream().filter(m -> m.trigger().equalsIgnoreCase(trigger)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + trigger + "' in " + ms)).acledSubEventType();
    }

    @Test
    void forceOnSoldiersOrRebelsIsABattleAndOnVillagersAnAttack() throws Exception {
        List<Mention> ms = mentions("Rebel fighters killed four soldiers at a checkpoint near Goma on Sunday. "
                + "On Monday gunmen killed seven villagers in a nearby hamlet.");
        List<Mention> kills = ms.stream().filter(m -> m.type() == PloverType.ASSAULT).toList();
        assertEquals(2, kills.size(), ms.toString());
        assertEquals("Armed clash", kills.get(0).acledSubEventType());
        assertTrue(kills.get(0).recipients().stream().anyMatch(a -> "state-forces".equals(a.role())));
        assertTrue(kills.get(0).actors().stream().anyMatch(a -> "armed-group".equals(a.role())));
        assertEquals("Attack", kills.get(1).acledSubEventType());
    }

    @Test
    void aRallyFarAwayInTheReportDoesNotMakeABattleForceAgainstProtesters() throws Exception {
        String text = "Supporters of the governor held a rally in the capital on Friday. "
                + "The governor spoke about roads. He spoke about schools. He spoke about water. "
                + "Separately, militants ambushed an army convoy in the north, killing six soldiers.";
        assertEquals("Armed clash", codeOf(mentions(text), "ambushed"));
    }

    @Test
    void forceRightAfterAMarchIsStillForceAgainstProtesters() throws Exception {
        String text = "Thousands marched through the city centre on Friday. Police opened fire, killing two.";
        assertEquals("Excessive force against protesters", codeOf(mentions(text), "opened fire"));
    }

    @Test
    void protestersAttackingPoliceAtAProtestAreAViolentDemonstration() throws Exception {
        String text = "Thousands marched through the city centre on Friday. Some protesters attacked police officers with stones.";
        assertEquals("Violent demonstration", codeOf(mentions(text), "attacked"));
    }

    @Test
    void aTollBesideABombInItsSentenceIsTheBombing() throws Exception {
        List<Mention> ms = mentions("Twelve people were killed on Tuesday when a car bomb exploded outside a market in Mosul.");
        assertEquals("Remote explosive/landmine/IED", codeOf(ms, "killed"));
    }

    @Test
    void inAReportOfTwoArmedSidesAnAttackOnNoNamedCiviliansIsABattle() throws Exception {
        String text = "Rebels and government troops fought for a third day in the hills on Tuesday. "
                + "A border village came under attack overnight. Later gunmen attacked a bus, killing nine civilians.";
        List<Mention> ms = mentions(text);
        assertEquals("Armed clash", codeOf(ms, "came under attack"));
        assertEquals("Attack", codeOf(ms, "attacked"));
        String crime = "A village came under attack overnight, residents said.";
        assertEquals("Attack", codeOf(mentions(crime), "came under attack"));
    }

    @Test
    void arrestsAtAProtestAreAnInterventionInItAndElsewhereArrests() throws Exception {
        assertEquals("Protest with intervention", codeOf(mentions("Police arrested 20 students during a march in the capital."),
                "arrested"));
        assertEquals("Arrests", codeOf(mentions("Police arrested three men suspected of smuggling arms in the capital."),
                "arrested"));
    }
}

