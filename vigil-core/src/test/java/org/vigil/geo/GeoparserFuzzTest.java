package org.vigil.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzing the toponym matcher and resolver: any text gives places inside it. */
class GeoparserFuzzTest {
    private static final Geoparser GEOPARSER = Geoparser.standard();

    @FuzzTest(maxDuration = "10m")
    void placesStayInsideTheText(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Toponym t : GEOPARSER.parse(text)) {
            assertTrue(t.span().start() >= 0 && t.span().end() <= text.length(), t.toString());
        }
    }
}
