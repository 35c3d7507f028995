package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Span;

class CoarsePlaceFoldingTest {
    private static final Place KENYA = new Place("Kenya", "Kenya", 192950L, 1, 38, null, "KE", PlacePrecision.COUNTRY);
    private static final Place NAIROBI = new Place("Nairobi", "Nairobi", 184745L, -1.28, 36.82, "Nairobi Area", "KE", PlacePrecision.CITY);
    private static final Place MOMBASA = new Place("Mombasa", "Mombasa", 186301L, -4.05, 39.67, "Mombasa", "KE", PlacePrecision.CITY);
    private static final Place TANZANIA = new Place("Tanzania", "Tanzania", 149590L, -6, 35, null, "TZ", PlacePrecision.COUNTRY);
    private static final LocalDate DAY = LocalDate.of(1998, 8, 7);

    private static Mention blast(String id, Place place, LocalDate day) {
        return new Mention(id, id.substring(0, id.indexOf('#')), PloverType.ASSAULT, List.of("explosives"), "Explosions/Remote violence",
                "Remote explosive/landmine/IED", List.of(), List.of(), place, day == null ? null : DateRange.day(day, null),
                new Span(0, 1), "bombing", false, false, false, List.of(), 1.0);
    }

    private static List<EventClusterer.Cluster> cluster(Mention... ms) {
        return new CompatibilityClusterer().cluster(List.of(ms));
    }

    @Test
    void aReportsCountryMentionJoinsItsOnlyTownInsideIt() {
        List<EventClusterer.Cluster> cs = cluster(blast("a#0", KENYA, DAY), blast("a#1", NAIROBI, DAY), blast("a#2", TANZANIA, DAY));
        assertEquals(2, cs.size(), cs.toString());
        EventClusterer.Cluster nairobi = cs.stream().filter(c -> c.mentions().size() == 2).findFirst().orElseThrow();
        assertTrue(nairobi.reasons().stream().anyMatch(r -> r.contains("Kenya and Nairobi within it")), nairobi.reasons().toString());
    }

    @Test
    void withTwoTownsInsideItTheCountryMentionStaysApart() {
        assertEquals(3, cluster(blast("a#0", KENYA, DAY), blast("a#1", NAIROBI, DAY), blast("a#2", MOMBASA, DAY)).size());
    }

    @Test
    void anotherReportsTownOrAnotherWeekIsNoGround() {
        assertEquals(2, cluster(blast("a#0", KENYA, DAY), blast("b#0", NAIROBI, DAY)).size());
        assertEquals(2, cluster(blast("a#0", KENYA, DAY.plusDays(9)), blast("a#1", NAIROBI, DAY)).size());
    }

    @Test
    void anUnplacedMentionJoinsItsReportsOnlyPlacedOne() {
        assertEquals(1, cluster(blast("a#0", null, DAY), blast("a#1", NAIROBI, DAY)).size());
        assertEquals(3, cluster(blast("a#0", null, DAY), blast("a#1", NAIROBI, DAY), blast("a#2", TANZANIA, DAY)).size(),
                "two places in the report: which one it tells of is not known");
    }

    @Test
    void aRegionHoldsOnlyItsOwnTowns() {
        Place nairobiArea = new Place("Nairobi Area", "Nairobi", 184742L, -1.3, 36.8, "Nairobi Area", "KE", PlacePrecision.ADMIN1);
        assertTrue(CoarsePlaceFolding.within(NAIROBI, nairobiArea));
        assertTrue(!CoarsePlaceFolding.within(MOMBASA, nairobiArea));
        assertTrue(!CoarsePlaceFolding.within(KENYA, nairobiArea));
        assertTrue(CoarsePlaceFolding.within(NAIROBI, KENYA) && !CoarsePlaceFolding.within(NAIROBI, TANZANIA));
    }
}
