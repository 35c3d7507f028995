package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.evidence.WitnessText;
import org.vigil.model.Analysis;
import org.vigil.model.CopyLink;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Span;

/** Two witness submissions of one text are one source, whatever their spacing, case or place line. */
class IdenticalTextsTest {
    private static final Place KAZERUN = new Place("Kazerun", "Kazerun", 128321L, 29.619, 51.654, "Fars", "IR",
            PlacePrecision.CITY);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private static Analysis submission(String id, String text) {
        Document d = new Document(id, "submission:" + id, "witness " + id, "witness submission", DateRange.day(DAY, null),
                Instant.EPOCH, text, text, null);
        Mention m = new Mention(id + "#0", id, PloverType.PROTEST, List.of(), null, null, List.of(), List.of(), KAZERUN,
                DateRange.day(DAY, null), new Span(0, text.length()), "arrested", false, false, false, List.of(), 1.0);
        return new Analysis(d, List.of(m), List.of());
    }

    private static Event only(Analysis... analyses) {
        List<Event> events = new DefaultCorpusAnalyzer().analyze(List.of(analyses), EventIdentity.NONE).events();
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }

    @Test
    void twoSubmissionsOfOneShortTextAreOneSource() {
        Analysis a = submission("sub-a", WitnessText.document("Police arrested 6 men at the bakery.", null, "Kazerun, Fars, Iran"));
        Analysis b = submission("sub-b", WitnessText.document("police  ARRESTED 6 men\nat the bakery", "Kazerun", null));
        Event e = only(a, b);
        assertEquals(2, e.documents().size());
        assertEquals(1, e.independentSources(), e.reasons().toString());
        assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("submission:sub-a and submission:sub-b have the same "
                + "text (7 words, case, spacing and punctuation aside)")), e.reasons().toString());
    }

    @Test
    void differentTextsAndVeryShortOnesStayIndependent() {
        Analysis a = submission("sub-a", "Police arrested 6 men at the bakery.");
        Analysis b = submission("sub-c", "Police arrested 6 men at the mosque.");
        assertEquals(2, only(a, b).independentSources(), "one word differs: two accounts");
        Analysis c = submission("sub-d", "Shots fired, police.");
        Analysis d = submission("sub-e", "shots fired police");
        assertEquals(2, only(c, d).independentSources(), "under " + IdenticalTextDetector.MIN_WORDS + " words two people may say it apart");
    }

    @Test
    void onlyPairsWithASubmissionAreJudgedHere() {
        String text = "Police arrested 6 men at the bakery.";
        Document post = new Document("post-1", "https://t.me/zagros/7", "Zagros Monitor", null, DateRange.day(DAY, null),
                Instant.EPOCH, text, text, null);
        Document forward = new Document("post-2", "https://t.me/baneh/9", "Baneh Relay", null, DateRange.day(DAY, null),
                Instant.EPOCH, text, text, null);
        assertTrue(new IdenticalTextDetector().find(List.of(post, forward)).isEmpty(),
                "two posts: the shingles and the relation of posts judge them");
        List<CopyLink> links = new IdenticalTextDetector().find(List.of(post, forward, submission("sub-a", text).document()));
        assertEquals(2, links.size(), "the submission repeats each post: " + links);
    }

    @Test
    void aPairBothDetectorsFindIsLinkedOnceByTheSharedPassage() {
        String text = "I stood by the gate of the municipal hall on Sunday afternoon when security forces fired tear gas at "
                + "the marchers and arrested 14 people.";
        List<Document> docs = List.of(submission("sub-a", text).document(), submission("sub-b", text.toUpperCase()).document());
        List<CopyLink> links = CombinedCopyDetector.standard().find(docs);
        assertEquals(1, links.size(), links.toString());
        assertTrue(links.get(0).reason().contains("share a copied passage"), links.get(0).reason());
        assertEquals(1, new IdenticalTextDetector().find(docs).size());
    }

    @Test
    void theStatementIsTheWitnessesWordsWithoutThePlaceLine() {
        assertEquals("Police came.", WitnessText.statement(WitnessText.document("Police came.", "Kazerun", null)));
        assertEquals("Police came.", WitnessText.statement(WitnessText.document("Police came.", null, "Bushehr, Iran")));
        assertEquals("Police came.", WitnessText.statement("Police came."));
        assertEquals("police came 3 men", WitnessText.folded(" Police\tcame: 3 MEN! "));
    }
}
