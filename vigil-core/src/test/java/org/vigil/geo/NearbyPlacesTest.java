package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reverse geocoding over the shipped gazetteer, with real coordinates. */
class NearbyPlacesTest {
    private static final Gazetteer GAZETTEER = Gazetteers.load(null);
    private static final NearbyPlaces PLACES = new NearbyPlaces(GAZETTEER);

    private static NearbyPlace at(double lat, double lon) {
        return PLACES.at(lat, lon).orElseThrow(() -> new AssertionError("nothing at " + lat + ", " + lon));
    }

    @Test
    void aPointInKazerunIsKazerun() {
        NearbyPlace p = at(29.62, 51.65);
        assertEquals(128321L, p.place().geonameId());
        assertEquals(NearbyPlace.Match.COVERS, p.match());
        assertEquals(0.4, p.distanceKm(), 0.1, "GeoNames puts Kazerun at 29.61919 N, 51.6535 E");
        assertEquals("Kazerun, Fars, Iran", p.written());
        assertEquals("Kazerun (Fars, IR), 0.4 km from the point (within its built-up area)", p.describe());
    }

    @Test
    void aCityCoversItsOutskirtsAndTheNearestPlaceIsTakenBeyond() {
        NearbyPlace tehran = at(35.76, 51.35); // north-west Tehran, 9.7 km from the centre GeoNames gives
        assertEquals("Tehran", tehran.place().name());
        assertEquals(NearbyPlace.Match.COVERS, tehran.match());
        assertEquals("Tehran, Iran", tehran.written(), "a region named like its city is not repeated");
        NearbyPlace open = at(29.70, 51.55); // open country north-west of Kazerun
        assertEquals(NearbyPlace.Match.NEAREST, open.match());
        assertEquals("Kazerun", open.place().name());
        assertEquals(13.4, open.distanceKm(), 0.1);
    }

    @Test
    void atSeaTheCoastsRegionWhenNearElseNothing() {
        NearbyPlace offBushehr = at(28.5, 50.5); // the Persian Gulf, 62 km west of Bushehr
        assertEquals(NearbyPlace.Match.REGION, offBushehr.match());
        assertEquals(GazetteerEntry.Kind.ADMIN1, offBushehr.place().kind());
        assertEquals("Bushehr province, Iran", offBushehr.written());
        assertEquals("Bushehr", offBushehr.nearest().name());
        assertEquals(61.6, offBushehr.distanceKm(), 0.1);
        assertTrue(offBushehr.describe().contains("no place within 25 km; the nearest, Bushehr, is 61.6 km"), offBushehr.describe());
        assertTrue(PLACES.at(27.2, 51.0).isEmpty(), "mid-Gulf, over 100 km from any place");
        assertTrue(PLACES.at(20.0, 63.0).isEmpty(), "the Arabian Sea");
        assertTrue(PLACES.at(0, 0).isEmpty(), "the Gulf of Guinea");
    }

    @Test
    void theAntimeridianIsNoEdge() {
        NearbyPlace fiji = at(-16.8, -179.99); // Taveuni lies just west of 180 degrees, the point just east
        assertEquals("FJ", fiji.place().country());
    }

    @Test
    void aPointOffTheEarthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PLACES.at(91, 0));
        assertThrows(IllegalArgumentException.class, () -> PLACES.at(0, Double.NaN));
    }

    @Test
    void aGazetteerThatCannotListItsEntriesFindsNothing() {
        Gazetteer opaque = new Gazetteer() {
            public List<GazetteerEntry> lookup(String key) {
                return GAZETTEER.lookup(key);
            }

            public GazetteerEntry country(String code) {
                return GAZETTEER.country(code);
            }

            public GazetteerEntry admin1(String country, String code) {
                return GAZETTEER.admin1(country, code);
            }

            public int size() {
                return GAZETTEER.size();
            }
        };
        assertEquals(0, new NearbyPlaces(opaque).size());
        assertTrue(new NearbyPlaces(opaque).at(29.62, 51.65).isEmpty());
    }

    /** The written place read back by the geoparser is the place found, for a sample of the world's places. */
    @Test
    void theWrittenPlaceGeoparsesBackToThePlaceFound() {
        Geoparser geo = new Geoparser(GAZETTEER);
        List<GazetteerEntry> cities = GAZETTEER.entries().stream().filter(e -> e.kind() == GazetteerEntry.Kind.CITY).toList();
        int tried = 0;
        int same = 0;
        for (int i = 0; i < cities.size(); i += 499) {
            NearbyPlace p = at(cities.get(i).lat() + 0.01, cities.get(i).lon() + 0.01);
            List<Toponym> ts = geo.parse("Place picked on the map by the witness: " + p.written() + ".");
            tried++;
            same += !ts.isEmpty() && p.place().geonameId().equals(ts.get(0).place().geonameId()) ? 1 : 0;
        }
        assertTrue(same >= 0.9 * tried, same + " of " + tried + " read back as the place found");
    }
}
