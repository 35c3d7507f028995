package org.vigil.bench.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class GeoScorerTest {
    @Test
    void exactNeedsSameWordsNearbyAndOverlapAcceptsPartOfTheName() {
        List<List<GeoToponym>> gold = List.of(GeoCorpora.parse(
                "Rapides Parish,,Rapides Parish,,31.1669,,-92.4835,,0,,14,,7041.7||Alexandria,,Alexandria,,31.3113,,-92.4451,,40,,50,,265.4||", true));
        List<List<GeoToponym>> sys = List.of(GeoCorpora.parse(
                "x,,Rapides,,31.2,,-92.5,,0,,7||x,,Alexandria,,31.21564,,29.95527,,42,,52||x,,Pineville,,31.3,,-92.4,,60,,69||", false));
        GeoScores s = GeoScorer.score("t", gold, sys, false);
        assertEquals(1, s.exact());
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(2, s.overlapGold());
        assertEquals(1, s.geocoded());
        assertEquals(0.0, s.accuracy161(), 1e-9);
    }
}
