package org.vigil.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Actor;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;

/** The GeoJSON export writes the same bytes for the same events: its keys in one order. */
class GeoJsonExporterTest {
    @Test
    void aPointIsItsTypeThenItsLongitudeAndLatitude() throws Exception {
        Place kazerun = new Place("Kazerun", "Kazerun", 1L, 29.619, 51.654, "Fars", "IR", PlacePrecision.CITY);
        Claim c = new Claim(ClaimKind.KILLED, 2L, 2L, "a witness", null, null, "doc", "two were killed",
                new org.vigil.model.Span(0, 15), "e1#0");
        Event e = new Event("e1", PloverType.PROTEST, List.of("demonstrate"), null, null, false, false,
                DateRange.day(LocalDate.parse("2018-05-16"), "Wednesday"), kazerun, List.of(Actor.named("protesters")), List.of(),
                List.of(c), List.of(), List.of(), 1, List.of(), List.of(), List.of("e1#0"), 1.0);
        StringWriter out = new StringWriter();
        new GeoJsonExporter().write(List.of(e), out);
        String json = out.toString().replaceAll("\\s+", "");
        assertTrue(json.contains("\"geometry\":{\"type\":\"Point\",\"coordinates\":[51.654,29.619]}"), json);
    }
}
