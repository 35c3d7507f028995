package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the demo ingests the bundled reports and prints their events. */
class DemoCommandTest {
    @Test
    void theDemoIngestsTheBundledReportsAndPrintsTheirEvents(@TempDir Path dir) {
        String db = dir.resolve("demo.db").toString();
        Cli demo = Cli.run("demo", "--db", db, "--corpus", Path.of("..", "demo", "kazerun").toString(), "--no-serve");
        assertEquals(0, demo.exit(), demo.err());
        assertTrue(demo.out().contains("Kazerun"), demo.out());
        assertTrue(demo.out().lines().filter(l -> l.contains("ev-")).count() >= 10, demo.out());
        Cli events = Cli.run("events", "--db", db);
        assertEquals(0, events.exit(), events.err());
        assertTrue(events.out().contains("Kazerun"), "the events are in the store: " + events.out());
    }
}
