package org.vigil.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Actor;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.Event;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.PloverType;

class EventQueryTest {
    @TempDir
    Path dir;
    private EventStore store;

    @BeforeEach
    void fill() {
        store = TestStores.open(dir, "q");
        store.replaceCorpus(new CorpusResult(List.of(), List.of(
                event("e1", PloverType.PROTEST, "2019-10-18", place("Santiago", -33.45, -70.66, "CL"), false, 3, "Plaza Italia"),
                event("e2", PloverType.ASSAULT, "2019-10-20", place("Santiago", -33.45, -70.66, "CL"), true, 1, "tear gas"),
                event("e3", PloverType.PROTEST, "2018-05-16", place("Kazerun", 29.62, 51.65, "IR"), false, 2, "Shohada"),
                event("e4", PloverType.PROTEST, "1979-02-11", null, false, 1, "revolution"))));
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the PostgreSQL pass skips for want of a server
            store.close();
        }
    }

    @Test
    void filtersCombineAndPagesKeepOneOrder() {
        assertEquals(List.of("e4", "e3", "e1", "e2"), ids(query(null, null, null, null, null, null, 0)));
        assertEquals(List.of("e1", "e2"), ids(query(LocalDate.parse("2019-01-01"), null, null, null, null, null, 0)));
        assertEquals(List.of("e3"), ids(query(null, null, new EventQuery.BoundingBox(45, 20, 60, 40), null, null, null, 0)));
        assertEquals(List.of("e3", "e1"), ids(query(LocalDate.parse("2000-01-01"), null, null, "PROTEST", null, null, 0)));
        assertEquals(List.of("e2"), ids(query(null, null, null, null, true, null, 0)));
        assertEquals(List.of("e3", "e1"), ids(query(null, null, null, null, null, 2, 0)));
        EventPage second = store.events(new EventQuery(null, null, null, null, null, null, null, null, null, null, null, 2, 2));
        assertEquals(List.of("e1", "e2"), ids(second));
        assertEquals(4, second.total());
    }

    @Test
    void aLongDateRangeIsFoundFromInsideIt() {
        Event month = event("m1", PloverType.PROTEST, "2019-10-01", null, false, 1, "October");
        month = new Event(month.id(), month.type(), month.modes(), null, null, false, false, DateRange.month(2019, 10, "October 2019"),
                null, month.actors(), List.of(), month.claims(), List.of(), List.of(), 1, List.of(), List.of(), month.mentionIds(), 1.0);
        store.replaceCorpus(new CorpusResult(List.of(), List.of(month,
                event("d1", PloverType.PROTEST, "2019-10-25", null, false, 1, "day"))));
        assertEquals(List.of("m1", "d1"), ids(query(LocalDate.parse("2019-10-20"), LocalDate.parse("2019-10-26"), null, null, null, null, 0)));
        assertEquals(List.of("m1"), ids(query(LocalDate.parse("2019-10-28"), null, null, null, null, null, 0)));
    }

    @Test
    void freeTextSearchesTheEvidenceAndNeverParsesUserSyntax() {
        assertEquals(List.of("e3"), ids(text("Shohada")));
        assertEquals(List.of("e1"), ids(text("plaza italia")));
        assertEquals(List.of(), ids(text("\"unbalanced AND (")));
        assertEquals(List.of(), ids(text("NEAR(x y)")));
    }

    @Test
    void copiesAreReadOnlyAmongTheDocumentsAsked() {
        store.replaceCorpus(new CorpusResult(List.of(new org.vigil.model.CopyLink("a", "b", 0.9, "shared words", "copy"),
                new org.vigil.model.CopyLink("b", "c", 0.8, "other words", "copy")), List.of()));
        assertEquals(List.of("a"), store.copiesAmong(List.of("a", "b")).stream().map(org.vigil.model.CopyLink::documentA).toList());
        assertEquals(2, store.copiesAmong(List.of("a", "b", "c")).size());
        assertEquals(List.of(), store.copiesAmong(List.of()));
    }

    @Test
    void statsCountByDayTypeAndPlace() {
        EventStats s = store.stats(EventQuery.all());
        assertEquals(4, s.events());
        assertEquals(List.of("1979-02-11", "2018-05-16", "2019-10-18", "2019-10-20"), List.copyOf(s.byDay().keySet()));
        assertEquals(3L, s.byType().get("PROTEST"));
        assertEquals(2L, s.byPlace().get("Santiago"));
        assertEquals(1L, s.byDay().get("2018-05-16"));
    }

    @Test
    void badQueriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EventQuery.BoundingBox(10, 50, 0, 40));
        assertThrows(IllegalArgumentException.class,
                () -> new EventQuery(null, null, null, null, null, null, null, null, null, null, null, 5000, 0));
        assertThrows(IllegalArgumentException.class, () -> new EventQuery(LocalDate.parse("2020-01-02"),
                LocalDate.parse("2020-01-01"), null, null, null, null, null, null, null, null, null, 10, 0));
    }

    private EventPage query(LocalDate from, LocalDate to, EventQuery.BoundingBox box, String type, Boolean disputed,
                            Integer minSources, int offset) {
        return store.events(new EventQuery(from, to, box, type, null, null, null, disputed, null, minSources, null, 100, offset));
    }

    private EventPage text(String t) {
        return store.events(new EventQuery(null, null, null, null, null, null, t, null, null, null, null, 100, 0));
    }

    private static List<String> ids(EventPage p) {
        return p.events().stream().map(Event::id).toList();
    }

    private static Place place(String name, double lat, double lon, String cc) {
        return new Place(name, name, 1L, lat, lon, null, cc, PlacePrecision.CITY);
    }

    private static Event event(String id, PloverType type, String day, Place place, boolean disputed, int sources,
                               String quote) {
        Claim c = new Claim(ClaimKind.KILLED, 2L, 2L, "a witness", null, null, "doc", quote, null, id + "#0");
        return new Event(id, type, List.of("demonstrate"), null, null, day.startsWith("1979"), false,
                DateRange.day(LocalDate.parse(day), day), place, List.of(Actor.named("protesters")), List.of(),
                List.of(c), disputed ? List.of(ClaimKind.KILLED) : List.of(), List.of(), sources, List.of(),
                List.of(), List.of(id + "#0"), 1.0);
    }

    @Test
    void incidentChainsAreStoredAndReadFromEitherEnd() {
        store.replaceCorpus(new CorpusResult(List.of(), store.events(), List.of(
                new org.vigil.model.IncidentLink("e1", "e2", "repression", "protest then shooting"))));
        assertEquals(List.of("repression"), store.chainOf("e2").stream().map(org.vigil.model.IncidentLink::relation).toList());
        assertEquals(store.chainOf("e1"), store.chainOf("e2"));
        assertEquals(List.of(), store.chainOf("e3"));
        store.replaceCorpus(new CorpusResult(List.of(), store.events()));
        assertEquals(List.of(), store.chains(), "replacing the corpus replaces its chains");
    }
}
