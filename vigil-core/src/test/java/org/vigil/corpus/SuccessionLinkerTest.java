package org.vigil.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;

class SuccessionLinkerTest {
    private static final Place DARAA = new Place("Daraa", "Daraa", 170654L, 32.62, 36.10, "Daraa", "SY", PlacePrecision.CITY);
    private static final Place DARAA_SQUARE = new Place("Daraa", "Omari Mosque", 170654L, 32.62, 36.10, "Daraa", "SY",
            PlacePrecision.SITE);
    private static final Place DARAA_PROVINCE = new Place("Daraa Governorate", "Daraa province", 170652L, 32.9, 36.2,
            "Daraa", "SY", PlacePrecision.ADMIN1);
    private static final Place NAWA = new Place("Nawa", "Nawa", 167357L, 32.89, 36.04, "Daraa", "SY", PlacePrecision.CITY);
    private static final Place HOMS = new Place("Homs", "Homs", 169577L, 34.73, 36.71, "Homs", "SY", PlacePrecision.CITY);
    private static final Place SYRIA = new Place("Syria", "Syria", 163843L, 35.0, 38.0, null, "SY", PlacePrecision.COUNTRY);

    private final SuccessionLinker linker = new SuccessionLinker();

    @Test
    void aProtestItsShootingTheFuneralProtestAndTheShutdownFormOneChain() {
        List<IncidentLink> links = linker.link(List.of(
                event("p", PloverType.PROTEST, "demo", "2011-03-18", DARAA),
                event("s", PloverType.ASSAULT, "firearms", "2011-03-18", DARAA_SQUARE),
                event("f", PloverType.PROTEST, "demo", "2011-03-20", DARAA),
                event("x", PloverType.COERCE, "internet-shutdown", "2011-03-21", DARAA_PROVINCE)));
        assertTrue(has(links, "p", "s", "repression"), links::toString);
        assertTrue(has(links, "s", "f", "reaction"), links::toString);
        assertTrue(has(links, "p", "f", "continuation"), links::toString);
        assertTrue(has(links, "s", "x", "restriction"), links::toString);
        IncidentLink shooting = links.stream().filter(l -> l.toEventId().equals("s")).findFirst().orElseThrow();
        assertEquals("PROTEST (demo) in Daraa on 2011-03-18, then ASSAULT (firearms) in Daraa on 2011-03-18, the same day, "
                + "same place (Daraa): repression", shooting.reason());
    }

    @Test
    void aReactionNeedsALaterDayAndARepressionTheSameOrNextDay() {
        List<IncidentLink> links = linker.link(List.of(
                event("s", PloverType.ASSAULT, "firearms", "2011-03-18", DARAA),
                event("p", PloverType.PROTEST, "demo", "2011-03-18", DARAA),
                event("late", PloverType.ASSAULT, "firearms", "2011-03-22", DARAA)));
        assertTrue(has(links, "p", "s", "repression"));
        assertTrue(links.stream().noneMatch(l -> l.fromEventId().equals("s") && l.toEventId().equals("p")), "no same-day reaction");
        assertTrue(links.stream().noneMatch(l -> l.toEventId().equals("late")), "a shooting 4 days on is not the protest's repression");
    }

    @Test
    void placesMustAgreeAndBeFinerThanACountry() {
        List<IncidentLink> links = linker.link(List.of(
                event("p", PloverType.PROTEST, "demo", "2011-03-18", DARAA),
                event("homs", PloverType.ASSAULT, "firearms", "2011-03-18", HOMS),
                event("nawa", PloverType.COERCE, "arrest", "2011-03-18", NAWA),
                event("country", PloverType.COERCE, "arrest", "2011-03-18", SYRIA),
                event("region", PloverType.COERCE, "curfew", "2011-03-19", DARAA_PROVINCE)));
        assertTrue(links.stream().allMatch(l -> l.toEventId().equals("region")), links::toString);
        IncidentLink curfew = links.stream().filter(l -> l.fromEventId().equals("p")).findFirst().orElseThrow();
        assertTrue(curfew.reason().contains("Daraa is in Daraa Governorate"), curfew::reason);
    }

    @Test
    void historyPlansVagueDatesAndStatementsAreNotChained() {
        Event protest = event("p", PloverType.PROTEST, "demo", "2011-03-18", DARAA);
        Event old = withFlags(event("h", PloverType.ASSAULT, "firearms", "2011-03-18", DARAA), true, false);
        Event planned = withFlags(event("f", PloverType.PROTEST, "demo", "2011-03-19", DARAA), false, true);
        Event month = withDate(event("m", PloverType.COERCE, "arrest", "2011-03-18", DARAA), DateRange.month(2011, 3, "March"));
        Event statement = event("a", PloverType.ACCUSE, null, "2011-03-18", DARAA);
        assertEquals(List.of(), linker.link(List.of(protest, old, planned, month, statement)));
    }

    @Test
    void eachEventTakesOnlyTheNearestEarlierStepOfARelation() {
        List<IncidentLink> links = linker.link(List.of(
                event("p1", PloverType.PROTEST, "demo", "2011-03-15", DARAA),
                event("p2", PloverType.PROTEST, "demo", "2011-03-16", DARAA),
                event("p3", PloverType.PROTEST, "demo", "2011-03-17", DARAA)));
        assertEquals(List.of("p1>p2", "p2>p3"), links.stream().map(l -> l.fromEventId() + ">" + l.toEventId()).toList());
    }

    @Test
    void linksNeverRunBackInTimeSoChainsHaveNoCycles() {
        List<Event> events = new ArrayList<>();
        PloverType[] types = {PloverType.PROTEST, PloverType.ASSAULT, PloverType.COERCE};
        String[] modes = {"demo", "firearms", "arrest"};
        for (int i = 0; i < 30; i++) {
            events.add(event("e" + i, types[i % 3], modes[i % 3], LocalDate.parse("2011-03-01").plusDays(i / 4).toString(), DARAA));
        }
        for (IncidentLink l : linker.link(events)) {
            Event from = find(events, l.fromEventId());
            Event to = find(events, l.toEventId());
            assertTrue(!to.date().start().isBefore(from.date().start()), l::toString);
            assertTrue(!from.id().equals(to.id()));
        }
    }

    @Test
    void aBusyCityOverYearsLinksOnlyWithinTheReachOfEachRelation() {
        List<Event> events = new ArrayList<>();
        PloverType[] types = {PloverType.PROTEST, PloverType.ASSAULT, PloverType.COERCE, PloverType.PROTEST};
        String[] modes = {"demo", "firearms", "arrest", "strike"};
        for (int i = 0; i < 20_000; i++) {
            events.add(event(String.format("e%05d", i), types[i % 4], modes[i % 4],
                    LocalDate.parse("2010-01-01").plusDays(i / 10).toString(), DARAA));
        }
        List<IncidentLink> links = linker.link(events);
        java.util.Map<String, Event> byId = new java.util.HashMap<>();
        events.forEach(e -> byId.put(e.id(), e));
        for (IncidentLink l : links) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(byId.get(l.fromEventId()).date().end(),
                    byId.get(l.toEventId()).date().start());
            assertTrue(days >= 0 && days <= SuccessionLinker.REACTION_DAYS, l::toString);
        }
        assertEquals(links.size(), links.stream()
                .map(l -> l.toEventId() + l.relation() + byId.get(l.fromEventId()).type()).distinct().count(),
                "one predecessor per relation and kind of predecessor");
        assertTrue(links.size() > 20_000, "each day's events link to the day before: " + links.size());
    }

    private static Event find(List<Event> events, String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean has(List<IncidentLink> links, String from, String to, String relation) {
        return links.stream().anyMatch(l -> l.fromEventId().equals(from) && l.toEventId().equals(to) && l.relation().equals(relation));
    }

    static Event event(String id, PloverType type, String mode, String day, Place place) {
        return new Event(id, type, mode == null ? List.of() : List.of(mode), null, null, false, false,
                DateRange.day(LocalDate.parse(day), day), place, List.of(), List.of(), List.of(), List.of(), List.of(), 1,
                List.of(), List.of(), List.of(id + "-m"), 1.0);
    }

    private static Event withFlags(Event e, boolean historical, boolean future) {
        return new Event(e.id(), e.type(), e.modes(), null, null, historical, future, e.date(), e.place(), e.actors(),
                e.recipients(), e.claims(), e.disputed(), e.documents(), 1, e.slogans(), e.reasons(), e.mentionIds(), e.confidence());
    }

    private static Event withDate(Event e, DateRange d) {
        return new Event(e.id(), e.type(), e.modes(), null, null, false, false, d, e.place(), e.actors(),
                e.recipients(), e.claims(), e.disputed(), e.documents(), 1, e.slogans(), e.reasons(), e.mentionIds(), e.confidence());
    }
}
