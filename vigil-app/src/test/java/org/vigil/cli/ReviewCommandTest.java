package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.Json;

/** A reviewer's first session from the command line, on the demo reports: users, queue, edits, log, release, agreement, labels. */
class ReviewCommandTest {
    @TempDir
    Path tmp;

    private static JsonNode json(String s) throws Exception {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void aReviewersSessionFromTheCommandLine() throws Exception {
        String db = org.vigil.store.TestStores.address(tmp, "r");
        assertEquals(0, Cli.run("ingest", "--db", db, Path.of("..", "demo", "kazerun").toString()).exit());
        Cli first = Cli.run("users", "add", "--db", db, "ana");
        assertEquals(0, first.exit(), first.err());
        String ana = json(first.out()).get("token").asText();
        assertEquals("admin", json(first.out()).get("role").asText());
        assertEquals(3, Cli.run("users", "add", "--db", db, "eve").exit(), "only an admin adds users once there is one");
        String ben = json(Cli.run("users", "add", "--db", db, "--token", ana, "ben", "--role", "reviewer").out()).get("token").asText();

        Cli queue = Cli.run("review", "queue", "--db", db, "--token", ben, "--limit", "3");
        assertEquals(0, queue.exit(), queue.err());
        String[] rows = queue.out().strip().split("\n");
        assertEquals(3, rows.length);
        String id = rows[0].split("\\s+")[0];
        String other = rows[1].split("\\s+")[0];

        Cli blank = Cli.run("review", "edit", "--db", db, "--token", ana, id, "type", "ASSAULT", "--reason", " ");
        assertEquals(3, blank.exit());
        assertTrue(blank.err().contains("reason_required"), blank.err());
        assertEquals(3, Cli.run("review", "verify", "--db", db, "--token", "nope", id).exit());
        Cli edit = Cli.run("review", "edit", "--db", db, "--token", ana, id, "date", "2018-05-16", "--reason", "the report's date");
        assertEquals(0, edit.exit(), edit.err());
        assertEquals(0, Cli.run("review", "release", "--db", db, "--token", ana, id).exit());
        assertEquals(0, Cli.run("review", "verify", "--db", db, "--token", ben, id, "--reason", "checked").exit());
        JsonNode shown = json(Cli.run("review", "show", "--db", db, "--token", ben, id).out());
        assertEquals("verified", shown.get("state").asText());
        assertEquals("2018-05-16", shown.get("pins").get("date").get("value").asText());

        String[] rowsOfId = Cli.run("log", "--db", db, "--target", id).out().strip().split("\n");
        JsonNode verifyRow = json(rowsOfId[rowsOfId.length - 1]);
        assertEquals("verify", verifyRow.get("operation").asText());
        Cli revert = Cli.run("review", "revert", "--db", db, "--token", ben, verifyRow.get("seq").asText(), "--reason", "too soon");
        assertEquals(0, revert.exit(), revert.err());
        assertEquals("in_review", json(revert.out()).get("state").asText());
        assertEquals(0, Cli.run("review", "verify", "--db", db, "--token", ben, id, "--reason", "checked again").exit());

        assertEquals(0, Cli.run("review", "code", "--db", db, "--token", ana, other, "type", "PROTEST").exit());
        assertEquals(0, Cli.run("review", "code", "--db", db, "--token", ben, other, "type", "ASSAULT").exit());
        Cli agreement = Cli.run("agreement", "--db", db);
        assertTrue(agreement.out().contains("type") && agreement.out().contains(other), agreement.out());
        JsonNode log = json(Cli.run("log", "--db", db, "--target", other).out().strip().split("\n")[0]);
        assertEquals("(blind)", log.get("after").asText(), "the log never shows a blind code");

        Cli labels = Cli.run("review", "labels", "--db", db, "--token", ben, "--task", "plover");
        assertEquals(0, labels.exit(), labels.err());
        assertEquals(id, json(labels.out().strip().split("\n")[0]).get("id").asText());

        Path out = tmp.resolve("releases");
        Cli release = Cli.run("release", "--db", db, "--token", ben, "--out", out.toString(), "2018-w20");
        assertEquals(0, release.exit(), release.err());
        assertEquals(0, Cli.run("release", "--verify", out.resolve("2018-w20").toString()).exit());
        Files.writeString(out.resolve("2018-w20/events.csv"), "tampered\n");
        assertEquals(1, Cli.run("release", "--verify", out.resolve("2018-w20").toString()).exit());

        assertEquals(0, Cli.run("log", "--db", db, "--verify").exit());
        try (var c = java.sql.DriverManager.getConnection(org.vigil.store.TestStores.jdbcUrl(db)); var s = c.createStatement()) {
            s.executeUpdate(org.vigil.store.TestStores.postgres() ? "ALTER TABLE review_log DISABLE TRIGGER review_log_no_change"
                    : "DROP TRIGGER review_log_no_update");
            s.executeUpdate("UPDATE review_log SET after_value = 'verified by nobody' WHERE operation = 'verify'");
        }
        Cli broken = Cli.run("log", "--db", db, "--verify");
        assertEquals(1, broken.exit());
        assertTrue(broken.err().contains("was changed"), broken.err());
    }
}
