package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.mention.StageFixture;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;

class ClaimStageTest {
    private static List<Claim> claims(String text, String publisher) {
        AnnotatedDocument doc = StageFixture.annotate(text, publisher, null,
                List.of(StageFixture.city(text, "Minsk", 625144, 53.9, 27.57, "Minsk City", "BY")), List.of());
        new ClaimStage().process(doc);
        return doc.get(Keys.CLAIMS);
    }

    private static Claim kind(List<Claim> cs, ClaimKind k) {
        return cs.stream().filter(c -> c.kind() == k).findFirst().orElseThrow(() -> new AssertionError("no " + k + " in " + cs));
    }

    @Test
    void aCountOfArrestsGoesToTheArrestNotToTheTearGasBesideIt() {
        String text = "In Minsk, police used tear gas against demonstrators; 22 people were arrested.";
        AnnotatedDocument doc = StageFixture.annotate(text, "Minsk Herald", null,
                List.of(StageFixture.city(text, "Minsk", 625144, 53.9, 27.57, "Minsk City", "BY")), List.of());
        new ClaimStage().process(doc);
        Claim arrested = kind(doc.get(Keys.CLAIMS), ClaimKind.ARRESTED);
        var target = doc.get(Keys.MENTIONS).stream().filter(m -> m.id().equals(arrested.mentionId())).findFirst().orElseThrow();
        assertTrue(target.modes().contains("arrest"), target.toString());
    }

    @Test
    void publisherIsTheClaimantWhenTheOutletStatesTheFigure() {
        List<Claim> cs = claims("Police in Minsk reportedly killed two protesters and wounded dozens.", "Minsk Herald");
        Claim killed = kind(cs, ClaimKind.KILLED);
        assertEquals(2L, killed.low());
        assertEquals("Minsk Herald", killed.claimant());
        assertNull(killed.claimantVia());
        assertEquals("reportedly", killed.hedge());
        assertTrue(killed.quote().contains("killed two"), killed.quote());
    }

    @Test
    void sayingVerbAndAccordingToNameTheClaimant() {
        List<Claim> cs = claims("The Interior Ministry said 1,000 people were detained in Minsk, "
                + "while according to Viasna more than 3,000 were arrested.", "Belarus Today");
        Claim detained = kind(cs, ClaimKind.DETAINED);
        assertEquals(1000L, detained.low());
        assertEquals("Interior Ministry", detained.claimant());
        assertEquals("Belarus Today", detained.claimantVia());
        Claim arrested = kind(cs, ClaimKind.ARRESTED);
        assertEquals(3001L, arrested.low());
        assertNull(arrested.high());
        assertEquals("Viasna", arrested.claimant());
    }

    @Test
    void figureInsideAQuotedStatementBelongsToTheSpeakerAndTheEvent() {
        String text = "Riot police opened fire on marchers in Minsk on Sunday.\n"
                + "Foreign Minister Anna Berg wrote, “We stand with the people of Belarus. Five deaths are five too many.”";
        List<Claim> cs = claims(text, "Nordic Wire");
        Claim killed = kind(cs, ClaimKind.KILLED);
        assertEquals(5L, killed.low());
        assertEquals("Anna Berg", killed.claimant());
        assertEquals("Nordic Wire", killed.claimantVia());
        assertEquals("doc1#0", killed.mentionId(), "the figure describes the shooting, not the statement");
    }

    @Test
    void numbersThatCountNothingAreNotClaims() {
        List<Claim> cs = claims("Minsk lies 900 kilometres from the coast and 140 towns saw marches.", "X");
        assertTrue(cs.isEmpty(), cs.toString());
    }
}
