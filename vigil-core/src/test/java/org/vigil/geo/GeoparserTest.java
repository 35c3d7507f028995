package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoparserTest {
    private static final Geoparser GEO = Geoparser.standard();

    private static Toponym named(List<Toponym> ts, String asWritten) {
        return ts.stream().filter(t -> t.text().equals(asWritten)).findFirst()
                .orElseThrow(() -> new AssertionError("no toponym '" + asWritten + "' in " + ts));
    }

    @Test
    void transliterationsOfKazerunAreOnePlaceAndOffsetsAreTheInput() {
        String text = "Protesters gathered in Kazeroun, Fars, on Monday. Later Kazerun was calm.";
        List<Toponym> ts = GEO.parse(text);
        Toponym a = named(ts, "Kazeroun");
        assertEquals(128321L, a.place().geonameId());
        assertEquals(128321L, named(ts, "Kazerun").place().geonameId());
        assertEquals("Kazeroun", text.substring(a.span().start(), a.span().end()));
        assertEquals("ADM1", named(ts, "Fars").feature());
    }

    @Test
    void twoTownNamesOfTwoCountriesSideBySideAreAPersonsNames() {
        List<Toponym> ts = GEO.parse("Protests in Bolivia against the government that ousted Evo Morales went on in La Paz.");
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("Evo") || t.text().equals("Morales")), ts.toString());
        named(ts, "Bolivia");
    }

    @Test
    void countriesSitAtTheFactbooksPoint() {
        Toponym t = named(GEO.parse("Protests spread across Malaysia."), "Malaysia");
        assertEquals(2.5, t.place().lat(), 0.01);
        assertEquals(112.5, t.place().lon(), 0.01);
    }

    @Test
    void aSquareResolvesToTheCityItIsIn() {
        List<Toponym> ts = GEO.parse("Security forces fired at protesters in Kazerun. Crowds filled Shohada Square in Kazerun on Sunday.");
        Toponym square = named(ts, "Shohada Square");
        assertEquals("SITE", square.feature());
        assertEquals("Kazerun", square.place().name());
    }

    @Test
    void farsTheProvinceIsAPlaceButFarsNewsAgencyIsNot() {
        List<Toponym> ts = GEO.parse("The Fars News Agency reported clashes in Fars province, Iran.");
        assertTrue(ts.stream().noneMatch(t -> t.span().start() < 20), ts.toString());
        assertEquals("ADM1", named(ts, "Fars").feature());
        assertEquals("IR", named(ts, "Fars").place().country());
    }

    @Test
    void aPlaceInsideAnAssociationsNameIsNoPlace() {
        String text = "The Central Committee of Sudan Doctors said 30 people were killed in Khartoum.";
        List<Toponym> ts = GEO.parse(text);
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("Sudan")), ts.toString());
        named(ts, "Khartoum");
    }

    @Test
    void whereAnActorIsBasedIsNoEventPlaceAndMPsIsNoPlace() {
        List<Toponym> ts = GEO.parse("Iran Human Rights, a group based in Oslo, said MPs had approved the bill in Tehran.");
        assertEquals(Toponym.Role.ORIGIN, named(ts, "Oslo").role());
        assertEquals(Toponym.Role.LOCATION, named(ts, "Tehran").role());
        assertTrue(ts.stream().noneMatch(t -> t.text().equals("MPs")), ts.toString());
    }

    @Test
    void aCountryBeforeItsForcesNamesTheStateNotThePlace() {
        List<Toponym> ts = GEO.parse("Myanmar security forces killed 38 people in Yangon.");
        assertEquals(Toponym.Role.METONYMY, named(ts, "Myanmar").role());
        assertEquals(Toponym.Role.LOCATION, named(ts, "Yangon").role());
    }

    @Test
    void aCapitalThatSpeaksIsTheCityAsMetonymy() {
        Toponym t = named(GEO.parse("Tehran said the protests were organised abroad."), "Tehran");
        assertEquals(Toponym.Role.METONYMY, t.role());
        assertEquals("PPLC", t.feature());
    }

    @Test
    void abbreviationsKeepTheirPeriodAndQualifiersPickTheRegion() {
        List<Toponym> ts = GEO.parse("He moved from the U.S. to Charleston, W.Va. last year. Paris, Texas was quiet.");
        assertEquals("US", named(ts, "U.S.").place().country());
        assertEquals("WV", named(ts, "W.Va.").place().admin1() == null ? null : "WV");
        assertEquals("West Virginia", named(ts, "Charleston").place().admin1());
        assertEquals("Texas", named(ts, "Paris").place().admin1());
    }

    @Test
    void demonymsAndCountiesArePlaces() {
        List<Toponym> ts = GEO.parse("American officials visited Laurel County, Kentucky.");
        assertEquals("PCLI", named(ts, "American").feature());
        assertEquals("ADM2", named(ts, "Laurel County").feature());
    }
}
