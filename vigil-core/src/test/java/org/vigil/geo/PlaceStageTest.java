package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.actor.ActorStage;
import org.vigil.model.Document;
import org.vigil.model.PlacePrecision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;

class PlaceStageTest {
    private static final PlaceStage STAGE = new PlaceStage(new GazetteerToponymExtractor(Gazetteers.standard()), new ContextPlaceResolver());

    private static List<Toponym> places(String text) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("d", "t.txt", "P", null, null, Instant.EPOCH, text, null, null));
        new CleanTextStage().process(doc);
        new SentenceStage().process(doc);
        new ActorStage().process(doc);
        STAGE.process(doc);
        return doc.get(Keys.TOPONYMS);
    }

    private static Toponym named(List<Toponym> ts, String asWritten) {
        return ts.stream().filter(t -> t.text().equals(asWritten)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + asWritten + "' in " + ts));
    }

    @Test
    void spellingVariantsAndDiacriticsResolveToOneCity() {
        List<Toponym> ts = places("Crowds gathered in Kāzerūn, in Fars province, Iran. Later in Kazeroun more joined.");
        assertEquals(128321L, named(ts, "Kāzerūn").place().geonameId());
        assertEquals(128321L, named(ts, "Kazeroun").place().geonameId());
        assertEquals("Fars", named(ts, "Kāzerūn").place().admin1());
        assertEquals(PlacePrecision.ADMIN1, named(ts, "Fars").place().precision());
    }

    @Test
    void squareIsASiteOfTheStoryCity() {
        List<Toponym> ts = places("Police blocked the roads to Plaza Italia in Santiago, Chile. Santiago was tense.");
        Toponym site = named(ts, "Plaza Italia");
        assertEquals(PlacePrecision.SITE, site.place().precision());
        assertEquals("Santiago", site.place().name());
    }

    @Test
    void agencyAndGovernmentNamesAreMetonymyAndOriginsAreOrigins() {
        List<Toponym> ts = places("The Fars News Agency said Tehran forces arrived from Shiraz in Kazerun, Iran.");
        assertEquals(Toponym.Role.ORIGIN, named(ts, "Shiraz").role());
        assertEquals(Toponym.Role.LOCATION, named(ts, "Kazerun").role());
        ts.stream().filter(t -> t.text().equals("Tehran") || t.text().equals("Fars"))
                .forEach(t -> assertEquals(Toponym.Role.METONYMY, t.role(), t.toString()));
    }

    @Test
    void contextPicksTheCountryAndCommonWordsAreNoPlaces() {
        List<Toponym> ts = places("Students marched in Paris, Texas on Friday. Security was tight. May was quiet.");
        assertEquals("US", named(ts, "Paris").place().country());
        assertFalse(ts.stream().anyMatch(t -> t.text().equals("Security") || t.text().equals("May")), ts.toString());
    }

    @Test
    void peopleAreNotPlaces() {
        List<Toponym> ts = places("Senator Marco Rubio spoke about Caracas, Venezuela.");
        assertTrue(ts.stream().noneMatch(t -> t.text().contains("Marco")), ts.toString());
        assertEquals("VE", named(ts, "Caracas").place().country());
    }
}
