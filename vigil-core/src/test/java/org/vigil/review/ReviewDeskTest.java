package org.vigil.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Event;
import org.vigil.model.PloverType;
import org.vigil.assembly.StandardPipeline;
import org.vigil.typing.SubEventTyper;

class ReviewDeskTest {
    @TempDir
    Path tmp;

    private static Event mostReported(ReviewFixture f, PloverType type) {
        return f.store.events().stream().filter(e -> e.type() == type && !e.historical())
                .max(Comparator.comparingInt((Event e) -> e.mentionIds().size()).thenComparing(Event::id)).orElseThrow();
    }

    @Test
    void aDecisionSurvivesReingestOfMoreReportsAndARerunWithAnotherModel() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02");
            Event e = mostReported(f, PloverType.PROTEST);
            ReviewDesk desk = f.desk();
            desk.edit(ReviewFixture.ANA, e.id(), "acled_sub_event_type", "Protest with intervention", "police dispersed them");
            desk.release(ReviewFixture.ANA, e.id());
            desk.verify(ReviewFixture.BEN, e.id(), "read both reports");
            Set<String> before = new TreeSet<>(e.mentionIds());

            f.ingest("03", "04", "05");
            Event after = f.store.event(e.id()).orElseThrow(() -> new AssertionError("the verified event's id is gone"));
            assertTrue(after.mentionIds().containsAll(before), "its reports stay with it");
            EventReview r = f.store.reviews().review(e.id()).orElseThrow();
            assertEquals(ReviewState.VERIFIED, r.state());
            assertEquals("Protest with intervention", r.pins().get("acled_sub_event_type"));
            assertEquals(after.mentionIds().size() > before.size(), r.stale(), "stale exactly when a report joined");

            f.ingestor = new org.vigil.ingest.Ingestor(f.store, new org.vigil.assembly.PipelineAnalyser(StandardPipeline.create(
                    org.vigil.relevance.ModelRelevanceJudge.shipped(), SubEventTyper.LEXICON)),
                    StandardPipeline.corpusAnalyzer(), new org.vigil.ingest.DocumentLoader(1 << 24), 1);
            f.ingestor.reanalyse();
            EventReview rerun = f.store.reviews().review(e.id()).orElseThrow();
            assertTrue(f.store.event(e.id()).isPresent(), "the id survives a re-run with another model");
            assertEquals(ReviewState.VERIFIED, rerun.state());
            assertEquals("Protest with intervention", ReviewFields.apply(f.store.event(e.id()).get(), rerun).acledSubEventType());
            assertEquals(java.util.Optional.empty(), AuditChain.verify(f.store.reviews().log()));
        }
    }

    @Test
    void mergeThenSplitRoundTrips() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02", "03");
            List<Event> current = f.store.events().stream().filter(e -> !e.historical())
                    .sorted(Comparator.comparing(Event::id)).toList();
            Event a = current.get(0);
            Event b = current.get(1);
            ReviewDesk desk = f.desk();
            desk.merge(ReviewFixture.ANA, a.id(), b.id(), "the same march, told twice");
            assertTrue(f.store.event(a.id()).isEmpty(), "the merged id is no longer an event of its own");
            Event merged = f.store.event(b.id()).orElseThrow();
            assertTrue(merged.mentionIds().containsAll(a.mentionIds()) && merged.mentionIds().containsAll(b.mentionIds()));
            assertEquals(b.id(), desk.current(a.id()).eventId(), "the merged id redirects");

            f.ingestor.rederive();
            assertEquals(merged.mentionIds(), f.store.event(b.id()).orElseThrow().mentionIds(), "a re-run keeps the merge");

            EventReview restored = desk.split(ReviewFixture.ANA, b.id(), a.mentionIds(), "not the same march after all");
            assertEquals(a.id(), restored.eventId());
            assertEquals(new TreeSet<>(a.mentionIds()), new TreeSet<>(f.store.event(a.id()).orElseThrow().mentionIds()));
            assertEquals(new TreeSet<>(b.mentionIds()), new TreeSet<>(f.store.event(b.id()).orElseThrow().mentionIds()));
            assertEquals(b.id(), f.store.reviews().review(a.id()).orElseThrow().splitFrom());
        }
    }

    @Test
    void refusedOperationsChangeNothingAndSayWhy() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01");
            Event e = mostReported(f, PloverType.PROTEST);
            ReviewDesk desk = f.desk(new ReviewPolicy(30, true));
            desk.assign(ReviewFixture.ANA, e.id(), null);
            int logged = f.store.reviews().log().size();
            EventReview held = f.store.reviews().review(e.id()).orElseThrow();

            assertEquals("reason_required", code(() -> desk.edit(ReviewFixture.ANA, e.id(), "type", "ASSAULT", " ")));
            assertEquals("locked", code(() -> desk.edit(ReviewFixture.BEN, e.id(), "type", "ASSAULT", "shots fired")));
            assertEquals("unknown_event", code(() -> desk.verify(ReviewFixture.ANA, "ev-000000000000", "ok")));
            assertEquals("role_too_low", code(() -> desk.verify(ReviewFixture.VIEWER, e.id(), "ok")));
            assertEquals("role_too_low", code(() -> desk.verify(ReviewFixture.CODER, e.id(), "ok")));
            assertEquals("bad_value", code(() -> desk.edit(ReviewFixture.ANA, e.id(), "date", "09/05/2018", "from the report")));
            assertEquals("bad_value", code(() -> desk.edit(ReviewFixture.ANA, e.id(), "killed", "3..7", "average of the two")));
            assertEquals(logged, f.store.reviews().log().size(), "a refused operation logs nothing");
            assertEquals(held, f.store.reviews().review(e.id()).orElseThrow(), "and changes nothing");

            desk.edit(ReviewFixture.ANA, e.id(), "date", "2018-05-16", "the report is dated the day after");
            EventReview placed = desk.edit(ReviewFixture.ANA, e.id(), "place", "Kazerun", "the town the report names");
            assertEquals("Kazerun, IR", placed.pins().get("place"));
            var shown = ReviewFields.apply(f.store.event(e.id()).orElseThrow(), placed);
            assertEquals("Kazerun", shown.place().name());
            assertEquals(29.6, shown.place().lat(), 0.1, "the pinned place replaces the machine's, with its coordinates");
            assertEquals("bad_value", code(() -> desk.edit(ReviewFixture.ANA, e.id(), "place", "Nowhereville Qq", "a typo")));
            assertEquals("two_person", code(() -> desk.verify(ReviewFixture.ANA, e.id(), "done")));
            f.clock.advanceMinutes(31);
            desk.verify(ReviewFixture.BEN, e.id(), "checked against the report");
            assertEquals("sealed", code(() -> desk.edit(ReviewFixture.BEN, e.id(), "type", "ASSAULT", "shots fired")));
            desk.reopen(ReviewFixture.BEN, e.id(), "a second report disagrees");
            f.clock.advanceMinutes(31); // ben's lock from reopening goes stale: ana may take the event over
            desk.assign(ReviewFixture.ANA, e.id(), null);
            assertEquals("locked", code(() -> desk.edit(ReviewFixture.BEN, e.id(), "type", "ASSAULT", "with a stale lock")));
            desk.release(ReviewFixture.ANA, e.id());
            desk.edit(ReviewFixture.BEN, e.id(), "type", "ASSAULT", "shots fired");
            assertEquals("ASSAULT", f.store.reviews().review(e.id()).orElseThrow().pins().get("type"));
        }
    }

    @Test
    void theLogVerifiesAndDetectsATamperedRow() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01");
            Event e = mostReported(f, PloverType.PROTEST);
            ReviewDesk desk = f.desk();
            desk.comment(ReviewFixture.CODER, e.id(), "the crowd size is the organisers' own");
            desk.edit(ReviewFixture.ANA, e.id(), "place", "Kazerun", "the town named in the report");
            desk.verify(ReviewFixture.ANA, e.id(), "checked");
            List<LogEntry> log = f.store.reviews().log();
            assertEquals(3, log.size());
            assertEquals(java.util.Optional.empty(), AuditChain.verify(log));

            try (var c = java.sql.DriverManager.getConnection(org.vigil.store.TestStores.jdbcUrl(f.db));
                 var s = c.createStatement()) {
                assertThrows(java.sql.SQLException.class, () -> s.executeUpdate("UPDATE review_log SET reason = 'x' WHERE seq = 2"),
                        "the database refuses to change a log row");
                s.executeUpdate(org.vigil.store.TestStores.postgres() ? "ALTER TABLE review_log DISABLE TRIGGER review_log_no_change"
                        : "DROP TRIGGER review_log_no_update");
                s.executeUpdate("UPDATE review_log SET reason = 'no reason' WHERE seq = 2");
            }
            var broken = AuditChain.verify(f.store.reviews().log());
            assertTrue(broken.isPresent() && broken.get().startsWith("row 2:"), broken.toString());
        }
    }

    @Test
    void aFigureIsPinnedOnlyFromTheEventsOwnClaims() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02", "03", "04", "05");
            Event e = f.store.events().stream().filter(x -> x.claims().stream().anyMatch(c -> c.kind().name().equals("KILLED")
                    && c.low() != null && c.high() != null)).findFirst().orElseThrow();
            var c = e.claims().stream().filter(x -> x.kind().name().equals("KILLED") && x.low() != null && x.high() != null)
                    .findFirst().orElseThrow();
            ReviewDesk desk = f.desk();
            EventReview r = desk.edit(ReviewFixture.ANA, e.id(), "killed", c.low() + ".." + c.high() + " best " + c.low(),
                    "the lowest claimed toll is the one confirmed");
            assertEquals(c.low() + ".." + c.high() + " best " + c.low(), r.pins().get("killed"));
            assertEquals("bad_value", code(() -> desk.edit(ReviewFixture.ANA, e.id(), "killed", (c.low() + 1000) + "..",
                    "a guess")));
            Event killed = f.store.events().stream().filter(x -> x.claims().stream().filter(k -> k.kind().name().equals("KILLED"))
                    .map(k -> k.low()).distinct().count() > 1).findFirst().orElse(e);
            long most = killed.claims().stream().filter(k -> k.kind().name().equals("KILLED") && k.low() != null)
                    .mapToLong(k -> k.low()).max().orElseThrow();
            long least = killed.claims().stream().filter(k -> k.kind().name().equals("KILLED") && k.low() != null)
                    .mapToLong(k -> k.low()).min().orElseThrow();
            desk.edit(ReviewFixture.ANA, killed.id(), "killed", least + ".." + most + " best " + most, "the higher toll is confirmed");
            java.io.StringWriter csv = new java.io.StringWriter();
            ReviewedEvents reviewed = ReviewedEvents.of(f.store.reviews());
            new org.vigil.export.CsvExporter(reviewed::settledKilled).write(List.of(reviewed.applied(f.store.event(killed.id()).orElseThrow())), csv);
            String[] lines = csv.toString().split("\n");
            int col = List.of(lines[0].split(",")).indexOf("fatalities");
            assertEquals(String.valueOf(most), lines[1].split(",")[col], "the CSV's fatalities is the settled figure, not the lowest claimed");
        }
    }

    @Test
    void tokensAreStoredHashedAndRolesBound() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            Accounts accounts = new Accounts(f.store.reviews(), f.clock);
            Accounts.Created admin = accounts.create(null, "root", Role.VIEWER, "cli");
            assertEquals(Role.ADMIN, admin.user().role(), "the first user is the admin");
            assertFalse(f.store.reviews().users().get(0).tokenHash().contains(admin.token()));
            Reviewer root = accounts.authenticate(admin.token(), "cli").orElseThrow();
            Accounts.Created coder = accounts.create(root, "cora", Role.CODER, "cli");
            assertEquals(Role.CODER, accounts.authenticate(coder.token(), "api").orElseThrow().role());
            assertTrue(accounts.authenticate(coder.token() + "x", "api").isEmpty());
            assertEquals("role_too_low", code(() -> accounts.create(null, "eve", Role.ADMIN, "cli")));
            Reviewer cora = accounts.authenticate(coder.token(), "api").orElseThrow();
            assertEquals("role_too_low", code(() -> accounts.create(cora, "eve", Role.ADMIN, "api")));
        }
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (ReviewException e) {
            return e.code();
        }
        throw new AssertionError("no ReviewException");
    }
}
