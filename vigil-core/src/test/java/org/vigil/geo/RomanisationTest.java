package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RomanisationTest {
    private static final Geoparser GEO = Geoparser.standard();

    @Test
    void eachRuleOfTheKey() {
        assertEquals("kazerun", Romanisation.key("kazeroon"));
        assertEquals("kazerun", Romanisation.key("kazeroun"));
        assertEquals("shiraz", Romanisation.key("sheeraz"));
        assertEquals("qom", Romanisation.key("ghom"));
        assertEquals("xoramshahr", Romanisation.key("khorramshahr"));
        assertEquals("ahvaz", Romanisation.key("ahwaz"));
        assertEquals("mashad", Romanisation.key("mashhad"));
        assertEquals("bandar abas", Romanisation.key("bandar abbas"));
        assertEquals("تهران", Romanisation.key("تهران"));
    }

    private static long idOf(String sentence, String name) {
        List<Toponym> ts = GEO.parse(sentence);
        return ts.stream().filter(t -> t.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + name + "' in " + ts)).place().geonameId();
    }

    private static void allAre(long id, String... names) {
        for (String n : names) {
            assertEquals(id, idOf("Hundreds of people marched in " + n + " on Friday, witnesses in Iran said.", n), n);
        }
    }

    @Test
    void theSpellingsOfEnglishReportsResolveToOnePlace() {
        allAre(128321L, "Kazerun", "Kazeroon", "Kazeroun", "Kāzerūn", "Kazerūn");
        allAre(418863L, "Esfahan", "Isfahan");
        allAre(124665L, "Mashhad", "Meshed");
        allAre(144448L, "Ahvaz", "Ahwaz");
        allAre(117574L, "Sanandaj");
        allAre(127319L, "Khorramshahr", "Khoramshahr");
        allAre(119208L, "Qom", "Ghom");
        allAre(118743L, "Rasht");
        allAre(113646L, "Tabriz");
    }

    @Test
    void aRomanisationTheGazetteerLacksIsFoundByTheKeyAlone() {
        Gazetteer g = Gazetteers.standard();
        assertTrue(g.lookup("kazeroon").isEmpty());
        assertEquals(128321L, g.lookupVariant("kazeroon").get(0).geonameId());
    }

    @Test
    void englishWordsAreNotFoldedIntoPlaces() {
        List<Toponym> ts = GEO.parse("Good food was served. Soon the green door opened. Meet the new teacher.");
        assertTrue(ts.isEmpty(), ts.toString());
    }
}
