package org.vigil.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Krippendorff's worked example (4 coders, 12 units, missing values; "Computing Krippendorff's Alpha-Reliability", 2011). */
class KrippendorffTest {
    private static final List<List<String>> UNITS = List.of(List.of("1", "1", "1"), List.of("2", "2", "3", "2"),
            List.of("3", "3", "3", "3"), List.of("3", "3", "3", "3"), List.of("2", "2", "2", "2"), List.of("1", "2", "3", "4"),
            List.of("4", "4", "4", "4"), List.of("1", "1", "2", "1"), List.of("2", "2", "2", "2"), List.of("5", "5", "5"),
            List.of("1", "1"), List.of("3"));

    @Test
    void nominalAndIntervalAlphaMatchThePublishedExample() {
        assertEquals(0.743, Krippendorff.alpha(UNITS, Krippendorff.NOMINAL), 0.0005);
        assertEquals(0.849, Krippendorff.alpha(UNITS, Krippendorff.INTERVAL), 0.0005);
    }

    @Test
    void perfectAgreementIsOneAndNothingPairableIsUndefined() {
        assertEquals(1.0, Krippendorff.alpha(List.of(List.of("a", "a"), List.of("b", "b")), Krippendorff.NOMINAL), 1e-9);
        assertTrue(Double.isNaN(Krippendorff.alpha(List.of(List.of("a")), Krippendorff.NOMINAL)));
    }

    @Test
    void agreementCountsDisagreementsPerFieldAndQueuesThem() {
        List<Coding> c = List.of(new Coding("e1", "ana", "type", "PROTEST", "t"), new Coding("e1", "ben", "type", "PROTEST", "t"),
                new Coding("e2", "ana", "type", "ASSAULT", "t"), new Coding("e2", "ben", "type", "PROTEST", "t"),
                new Coding("e3", "ana", "type", "COERCE", "t"), new Coding("e3", "ben", "type", "COERCE", "t"),
                new Coding("e1", "ana", "killed", "3..5 best 4", "t"), new Coding("e1", "ben", "killed", "4..4", "t"),
                new Coding("e2", "ana", "killed", "0..0", "t"), new Coding("e2", "ben", "killed", "0..0", "t"),
                new Coding("e3", "ana", "date", "2018-05-16", "t"));
        Agreement.Result r = Agreement.of(c, List.of("ana", "ben"));
        var type = r.fields().stream().filter(f -> f.field().equals("type")).findFirst().orElseThrow();
        assertEquals(3, type.units());
        assertEquals(1, type.disagreements());
        var killed = r.fields().stream().filter(f -> f.field().equals("killed")).findFirst().orElseThrow();
        assertEquals(1.0, killed.alpha(), 1e-9, "best 4 and 4..4 agree");
        assertEquals(0, r.fields().stream().filter(f -> f.field().equals("date")).findFirst().orElseThrow().units());
        assertEquals(List.of("e2"), r.disagreements().stream().map(Agreement.Disagreement::eventId).toList());
    }
}
