package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: {@code vigil ingest} and review operations run as separate processes and are killed with SIGKILL at
 * seeded random moments, then restarted. After every kill the store must be whole (integrity, foreign keys, every
 * document with all its mentions and claims or none of it, every review with its log row), and the final record
 * must equal an uninterrupted run's. Kills: {@code -Dvigil.crash.kills} (default 100 for ingest, a fifth of that
 * for review), seed {@code -Dvigil.crash.seed}.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("vigil.crash.kills", 100);
    private static final long SEED = Long.getLong("vigil.crash.seed", 20261203L);
    @TempDir
    Path tmp;

    /** 80 distinct reports: the project's own corpora, each copy told apart by a line of its own. */
    private Path corpus() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("../demo/kazerun", "../corpus/santiago-2019", "../corpus/nairobi-2024")) {
            try (var files = Files.list(Path.of(dir))) {
                files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(sources::add);
            }
        }
        for (int copy = 0; copy < 5; copy++) {
            for (Path p : sources) {
                String name = copy + "_" + p.getFileName();
                Files.writeString(in.resolve(name), Files.readString(p) + "\nArchive copy " + copy + " of " + name + ".\n");
            }
        }
        return in;
    }

    private static Process start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.vigil.cli.VigilCli"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static int run(String... args) throws Exception {
        Process p = start(args);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the process finished");
        return p.exitValue();
    }

    private int timedIngest(Path db, Path in) throws Exception {
        long t0 = System.nanoTime();
        assertEquals(0, run("ingest", "--db", db.toString(), "--threads", "2", in.toString()));
        return (int) ((System.nanoTime() - t0) / 1_000_000);
    }

    @Test
    void ingestKilledAtRandomMomentsLosesAndDuplicatesNothing() throws Exception {
        Path in = corpus();
        Path reference = tmp.resolve("reference.db");
        int whole = timedIngest(reference, in);
        // the faster of two uninterrupted runs, in ms: a run slowed by a busy machine must not stretch the kill window
        // past the end of the runs that follow
        whole = Math.min(whole, timedIngest(tmp.resolve("second-reference.db"), in));
        Map<String, long[]> expected = perDocument(reference);
        Path db = tmp.resolve("killed.db");
        Random random = new Random(SEED);
        int killedWhileRunning = 0;
        int storedByKilledRuns = 0;
        int attempts = 0;
        while (killedWhileRunning < KILLS && attempts < 3 * KILLS) {
            attempts++;
            int stored = storedDocuments(db);
            long t0 = System.nanoTime();
            Process p = start("ingest", "--db", db.toString(), "--threads", "2", in.toString());
            if (!p.waitFor(killDelay(whole, stored, expected.size(), random), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                killedWhileRunning++;
                assertWhole(db, expected, "after kill " + killedWhileRunning);
                storedByKilledRuns = Math.max(storedByKilledRuns, storedDocuments(db));
                continue;
            }
            // a run that finished left a whole store; start again from none, so the next kills have work to hit
            assertWhole(db, expected, "after a finished run");
            if (stored == 0) {
                // a whole run faster than the reference ones (the machine got quieter): the window follows it
                whole = Math.min(whole, (int) ((System.nanoTime() - t0) / 1_000_000));
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(Path.of(db + suffix));
            }
        }
        assertEquals(KILLS, killedWhileRunning, "kills that hit a running ingest, in " + attempts + " attempts");
        assertTrue(storedByKilledRuns > 0, "killed runs stored documents before their kill: " + storedByKilledRuns);
        assertEquals(0, run("ingest", "--db", db.toString(), "--threads", "2", in.toString()));
        assertEquals(expected.keySet(), perDocument(db).keySet());
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        assertEquals(0, run("export", "--db", reference.toString(), "--format", "jsonl", "--min-confidence", "0", "--out", a.toString()));
        assertEquals(0, run("export", "--db", db.toString(), "--format", "jsonl", "--min-confidence", "0", "--out", b.toString()));
        assertEquals(Files.readString(a), Files.readString(b), "the record after " + KILLS + " kills equals an uninterrupted run's");
        System.out.println("crash-safety: " + KILLS + " kills while ingesting, in " + attempts + " runs; up to "
                + storedByKilledRuns + " of " + expected.size() + " documents stored by killed runs; lost 0, duplicated 0");
    }

    /**
     * When to kill a run, in ms: between 20 % and 80 % of what is left of an uninterrupted run (start-up, analysis,
     * saving or re-deriving). A re-run skips the documents stored before it, so its window shrinks with them; the
     * start-up (a fifth of a whole run) is always left in.
     */
    private static long killDelay(int whole, int stored, int total, Random random) {
        double left = Math.max(0.2, 1 - (double) stored / Math.max(1, total));
        int window = (int) (whole * left);
        return window / 5 + random.nextInt(Math.max(1, window * 3 / 5));
    }

    @Test
    void aReviewDecisionKilledMidwayIsRecordedAndLoggedOrNeither() throws Exception {
        Path db = tmp.resolve("review.db");
        assertEquals(0, run("ingest", "--db", db.toString(), "../demo/kazerun"));
        String event;
        try (var store = org.vigil.store.EventStores.open(db.toString())) {
            event = store.events().get(0).id();
        }
        Random random = new Random(SEED + 1);
        int kills = Math.max(5, KILLS / 5);
        long edits = 0;
        for (int k = 0; k < kills; k++) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), ReviewLoop.class.getName(),
                    db.toString(), event, "100000");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(1200 + random.nextInt(2000), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
            }
            try (var store = org.vigil.store.EventStores.open(db.toString())) {
                var log = store.reviews().log();
                assertEquals(java.util.Optional.empty(), org.vigil.review.AuditChain.verify(log), "after kill " + (k + 1));
                var rows = log.stream().filter(r -> r.operation().equals("edit") && event.equals(r.target())).toList();
                edits = rows.size();
                var pin = store.reviews().review(event).map(r -> r.pins().get("date")).orElse(null);
                assertEquals(rows.isEmpty() ? null : rows.get(rows.size() - 1).after(), pin,
                        "after kill " + (k + 1) + ": the pin is the last logged edit's value (" + rows.size() + " edits)");
            }
        }
        assertTrue(edits > kills, "the loop got to edit between kills: " + edits + " edits");
        System.out.println("crash-safety (review): " + kills + " kills during " + edits + " edits; every decision recorded and logged together");
    }

    @Test
    void aFullDiskIsAClearErrorAndLeavesOnlyWholeDocuments() throws Exception {
        Path in = corpus();
        Path reference = tmp.resolve("reference-full.db");
        assertEquals(0, run("ingest", "--db", reference.toString(), "--threads", "2", in.toString()));
        Path db = tmp.resolve("full.db");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dvigil.store.maxPages=120", "-cp", System.getProperty("java.class.path"), "org.vigil.cli.VigilCli",
                "ingest", "--db", db.toString(), "--threads", "2", in.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0, "a full disk is a failure: " + out);
        assertTrue(out.contains("database or disk is full"), out);
        assertTrue(!out.contains("\tat org."), "one line per failure, no stack trace: " + out);
        assertWhole(db, perDocument(reference), "after the disk filled");
    }

    /** How many documents a store holds; 0 when it was not created, or killed before its first migration. */
    private static int storedDocuments(Path db) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            return count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == 0 ? 0
                    : (int) count(s, "SELECT count(*) FROM documents");
        }
    }

    /** Mentions and claims per stored document. */
    private static Map<String, long[]> perDocument(Path db) throws Exception {
        Map<String, long[]> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT d.id, (SELECT count(*) FROM mentions m WHERE m.document_id = d.id), "
                     + "(SELECT count(*) FROM claims x WHERE x.document_id = d.id) FROM documents d")) {
            while (rs.next()) {
                out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return out;
    }

    private static void assertWhole(Path db, Map<String, long[]> expected, String when) throws Exception {
        if (!Files.exists(db)) {
            return; // killed before the store was created
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertEquals("ok", one(s, "PRAGMA integrity_check"), when);
            if (count(s, "SELECT count(*) FROM sqlite_master WHERE name = 'event_mentions'") == 0) {
                return; // killed while the store's first migration ran: each migration is one transaction, the next open goes on
            }
            assertEquals(0L, count(s, "SELECT count(*) FROM pragma_foreign_key_check"), when + ": rows pointing at nothing");
            assertEquals(0L, count(s, "SELECT count(*) FROM event_mentions em WHERE em.mention_id NOT IN (SELECT id FROM mentions)"),
                    when + ": an event built from a mention that is not stored");
        }
        for (var d : perDocument(db).entrySet()) {
            long[] want = expected.get(d.getKey());
            assertTrue(want != null, when + ": a document no run should store: " + d.getKey());
            assertEquals(want[0] + "/" + want[1], d.getValue()[0] + "/" + d.getValue()[1],
                    when + ": document " + d.getKey() + " is stored whole (mentions/claims)");
        }
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        return Long.parseLong(one(s, sql));
    }
}
