package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;
import org.vigil.model.Span;

class CompatibilityClustererTest {
    private static final Place QUITO = new Place("Quito", "Quito", 3652462L, -0.2299, -78.5249, "Pichincha", "EC", PlacePrecision.CITY);
    private static final Place GUAYAQUIL = new Place("Guayaquil", "Guayaquil", 3657509L, -2.1962, -79.8862, "Guayas", "EC", PlacePrecision.CITY);

    private static Mention protest(String id, Place place, LocalDate day) {
        return new Mention(id, id.substring(0, id.indexOf('#')), PloverType.PROTEST, List.of("demo"), null, null,
                List.of(), List.of(), place, day == null ? null : DateRange.day(day, null), new Span(0, 1), "protest",
                false, false, false, List.of(), 1.0);
    }

    @Test
    void reportsOfOneDayInOneCityMerge() {
        LocalDate d = LocalDate.of(2019, 10, 8);
        List<EventClusterer.Cluster> cs = new CompatibilityClusterer().cluster(List.of(
                protest("a#0", QUITO, d), protest("b#0", QUITO, d.plusDays(1)), protest("c#0", GUAYAQUIL, d)));
        assertEquals(2, cs.size(), cs.toString());
        EventClusterer.Cluster quito = cs.stream().filter(c -> c.mentions().size() == 2).findFirst().orElseThrow();
        assertTrue(quito.reasons().get(0).contains("same place Quito"), quito.reasons().toString());
    }

    @Test
    void dailyProtestsDoNotChainIntoOneEvent() {
        LocalDate d = LocalDate.of(2019, 10, 3);
        List<Mention> ms = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ms.add(protest("doc" + i + "#0", QUITO, d.plusDays(i)));
        }
        List<EventClusterer.Cluster> cs = new CompatibilityClusterer().cluster(ms);
        assertTrue(cs.size() >= 3, "ten days of protest are not one event: " + cs.size());
        assertTrue(cs.stream().allMatch(c -> c.mentions().size() <= 3), cs.toString());
    }

    @Test
    void anUndatedMentionJoinsItsOwnReportOrItsTownsEventButNeverOnACountry() {
        LocalDate d = LocalDate.of(2019, 10, 3);
        Place ecuador = new Place("Ecuador", "Ecuador", 3658394L, -1.25, -78.25, null, "EC", PlacePrecision.COUNTRY);
        List<EventClusterer.Cluster> cs = new CompatibilityClusterer().cluster(List.of(
                protest("a#0", QUITO, d), protest("b#0", QUITO, d.plusDays(9)), protest("c#0", QUITO, null),
                protest("a#1", QUITO, null), protest("e#0", ecuador, d), protest("f#0", ecuador, null)));
        assertEquals(4, cs.size(), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.mentions().size() == 1 && c.mentions().get(0).id().equals("f#0")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.mentions().stream().map(Mention::id).toList().containsAll(List.of("a#0", "a#1"))));
        assertFalse(cs.stream().anyMatch(c -> c.reasons().stream().anyMatch(r -> r.endsWith("null"))), cs.toString());
    }

    @Test
    void mentionsWithoutAPlaceNeverMergeAcrossReports() {
        LocalDate d = LocalDate.of(2019, 10, 3);
        List<EventClusterer.Cluster> cs = new CompatibilityClusterer().cluster(List.of(
                protest("a#0", null, d), protest("b#0", null, d), protest("a#1", null, d)));
        assertEquals(2, cs.size(), cs.toString());
    }

    @Test
    void aDoubtfulMentionLendsNoEvidenceToAnotherReportsEvent() {
        LocalDate d = LocalDate.of(2019, 10, 3);
        Mention sure = protest("a#0", QUITO, d);
        Mention doubtful = protest("b#0", QUITO, d).withConfidence(0.2);
        assertEquals(2, new CompatibilityClusterer().cluster(List.of(sure, doubtful)).size());
        assertEquals(1, new CompatibilityClusterer().cluster(List.of(sure, protest("c#0", QUITO, d).withConfidence(0.7))).size());
    }

    private static Mention assault(String id, String mode, String acled, LocalDate day) {
        return new Mention(id, id.substring(0, id.indexOf('#')), PloverType.ASSAULT, mode == null ? List.of() : List.of(mode),
                null, acled, List.of(), List.of(), QUITO, DateRange.day(day, null), new Span(0, 1), "killed",
                false, false, false, List.of(), 1.0);
    }

    @Test
    void aTollCodedAsTheBombingJoinsItAndAShootingStaysApart() {
        LocalDate d = LocalDate.of(2019, 10, 8);
        List<EventClusterer.Cluster> cs = new CompatibilityClusterer().cluster(List.of(
                assault("a#0", "explosives", "Remote explosive/landmine/IED", d),
                assault("a#1", null, "Remote explosive/landmine/IED", d),
                assault("a#2", "firearms", "Attack", d)));
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.mentions().stream().map(Mention::id).toList().equals(List.of("a#0", "a#1"))),
                cs.toString());
    }
}
