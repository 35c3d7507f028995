package org.vigil.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.export.JsonlExporter;
import org.vigil.model.Event;

class ReviewHistoryTest {
    @TempDir
    Path tmp;

    private static List<Event> current(ReviewFixture f) {
        return f.store.events().stream().filter(e -> !e.historical()).sorted(Comparator.comparing(Event::id)).toList();
    }

    private static long lastSeq(ReviewFixture f) {
        List<LogEntry> log = f.store.reviews().log();
        return log.get(log.size() - 1).seq();
    }

    @Test
    void aRevertIsANewEntryThatUndoesEditsVerdictsMergesAndSplits() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02", "03");
            ReviewDesk desk = f.desk();
            ReviewHistory history = new ReviewHistory(f.store, desk, f.ingestor::rederive, f.clock);
            Event a = current(f).get(0);
            Event b = current(f).get(1);

            desk.edit(ReviewFixture.ANA, a.id(), "date", "2018-05-16", "first reading");
            desk.edit(ReviewFixture.ANA, a.id(), "date", "2018-05-17", "second reading");
            history.revert(ReviewFixture.ANA, lastSeq(f), "the first reading was right");
            assertEquals("2018-05-16", f.store.reviews().review(a.id()).orElseThrow().pins().get("date"));
            history.revert(ReviewFixture.ANA, lastSeq(f) - 2, "no pin after all");
            assertFalse(f.store.reviews().review(a.id()).orElseThrow().pins().containsKey("date"));

            desk.release(ReviewFixture.ANA, a.id());
            desk.verify(ReviewFixture.BEN, a.id(), "ok");
            history.revert(ReviewFixture.BEN, lastSeq(f), "verified too soon");
            assertEquals(ReviewState.IN_REVIEW, f.store.reviews().review(a.id()).orElseThrow().state());

            desk.merge(ReviewFixture.BEN, b.id(), a.id(), "same");
            history.revert(ReviewFixture.BEN, lastSeq(f), "not the same");
            assertEquals(new TreeSet<>(b.mentionIds()), new TreeSet<>(f.store.event(b.id()).orElseThrow().mentionIds()));

            Event c = current(f).stream().filter(x -> x.mentionIds().size() > 1).findFirst().orElseThrow();
            EventReview part = desk.split(ReviewFixture.BEN, c.id(), List.of(c.mentionIds().get(0)), "two things?");
            assertTrue(f.store.event(part.eventId()).isPresent());
            history.revert(ReviewFixture.BEN, lastSeq(f), "one thing after all");
            assertTrue(f.store.event(part.eventId()).isEmpty());
            assertEquals(new TreeSet<>(c.mentionIds()), new TreeSet<>(f.store.event(c.id()).orElseThrow().mentionIds()));
            desk.comment(ReviewFixture.BEN, a.id(), "a comment stays a comment");
            int rows = f.store.reviews().log().size();
            assertEquals("conflict", refused(() -> history.revert(ReviewFixture.BEN, lastSeq(f), "x")));
            assertEquals("reason_required", refused(() -> history.revert(ReviewFixture.BEN, 1, " ")));
            assertEquals(rows, f.store.reviews().log().size(), "a refused revert logs nothing");
            assertEquals(java.util.Optional.empty(), AuditChain.verify(f.store.reviews().log()));
            assertTrue(rows >= 10, "every revert is a row of its own: " + rows);
        }
    }

    @Test
    void documentsMarkedAsCopiesCountOnceAndUnmarkingRestoresTheDetectorsView() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02", "03", "04", "05");
            Event shared = f.store.events().stream().filter(e -> e.independentSources() >= 2)
                    .max(Comparator.comparingInt(Event::independentSources)).orElseThrow();
            String docA = shared.documents().get(0).id();
            String docB = shared.documents().get(1).id();
            ReviewHistory history = new ReviewHistory(f.store, f.desk(), f.ingestor::rederive, f.clock);
            history.judgeCopies(ReviewFixture.ANA, docA, docB, true, "the second is a rewrite of the first");
            Event after = f.store.event(shared.id()).orElseThrow();
            assertEquals(shared.independentSources() - 1, after.independentSources(), "marked copies count once");
            assertTrue(f.store.copies().stream().anyMatch(c -> c.reason().contains("reviewer")));
            history.judgeCopies(ReviewFixture.ANA, docA, docB, null, "back to the detector");
            assertEquals(shared.independentSources(), f.store.event(shared.id()).orElseThrow().independentSources());
            assertEquals("reason_required", refused(() -> history.judgeCopies(ReviewFixture.ANA, docA, docB, true, "")));
            assertEquals("role_too_low", refused(() -> history.judgeCopies(ReviewFixture.CODER, docA, docB, true, "x")));
        }
    }

    @Test
    void theSamePipelineAndTheSameJudgementsGiveTheSameRecordByteForByte() throws Exception {
        Path dir = tmp.resolve("run"); // the same folder both times: sources are recorded by path
        String one = recordAfterJudgements(Files.createDirectories(dir));
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        String two = recordAfterJudgements(Files.createDirectories(dir));
        assertTrue(one.length() > 1000);
        assertEquals(one, two);
    }

    private static String recordAfterJudgements(Path dir) throws Exception {
        try (ReviewFixture f = new ReviewFixture(dir)) {
            f.ingest("01", "02");
            ReviewDesk desk = f.desk();
            List<Event> events = current(f);
            desk.edit(ReviewFixture.ANA, events.get(0).id(), "date", "2018-05-16", "the report's date");
            desk.merge(ReviewFixture.ANA, events.get(2).id(), events.get(1).id(), "same");
            f.ingest("03", "04", "05");
            f.ingestor.rederive();
            StringWriter w = new StringWriter();
            new JsonlExporter().write(ReviewedEvents.of(f.store.reviews()).applied(f.store.events()), w);
            return w.toString();
        }
    }

    private static String refused(Runnable r) {
        try {
            r.run();
        } catch (ReviewException e) {
            return e.code();
        }
        return "not refused";
    }
}
