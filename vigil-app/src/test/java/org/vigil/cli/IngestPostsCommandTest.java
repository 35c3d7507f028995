package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPostsCommandTest {
    private static final Path POSTS = Path.of("../vigil-core/src/test/resources/ingest/posts");

    @TempDir
    Path tmp;

    private static String export(String channel) {
        return POSTS.resolve(channel + "/result.json").toString();
    }

    @Test
    void telegramExportsAreIngestedAndForwardsDoNotCountAsSources() {
        String db = tmp.resolve("v.db").toString();
        Cli r = Cli.run("ingest", "--db", db, "--threads", "1", "--telegram", export("witness"), "--telegram", export("sahand"),
                "--telegram", export("zagros"), "--telegram", export("relay"));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("documents: 7 new, 0 unchanged, 0 failed"), r.out());
        assertTrue(r.err().contains("zagros/result.json: 4 posts (1 relaying another account's); skipped: 1 service,"
                + " 1 without text; 0 bad"), r.err());
        String events = Cli.run("events", "--db", db).out();
        assertTrue(events.lines().anyMatch(l -> l.contains("ASSAULT") && l.contains(" 2/4 ")), events);
        Cli again = Cli.run("ingest", "--db", db, "--telegram", export("zagros"));
        assertTrue(again.out().contains("documents: 0 new, 4 unchanged"), again.out());
    }

    @Test
    void anXArchiveAndABadExportAreReportedTheRestStored() throws Exception {
        String db = tmp.resolve("x.db").toString();
        Path bad = tmp.resolve("result.json");
        Files.writeString(bad, "[not, an, export");
        Cli r = Cli.run("ingest", "--db", db, "--x", POSTS.resolve("archive/data/tweets.js").toString(),
                "--telegram", bad.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().contains("documents: 4 new, 0 unchanged, 1 failed"), r.out());
        assertTrue(r.err().contains("vigil: failed " + bad + ": not a Telegram chat export: it does not start with a JSON object"), r.err());
        String jsonl = Cli.run("export", "--db", db).out();
        assertTrue(jsonl.contains("https://x.com/sanandajnotes/status/1572600000000000002"), jsonl);
    }

    @Test
    void nothingToIngestNamesThePostOptions() {
        Cli r = Cli.run("ingest", "--db", tmp.resolve("n.db").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--telegram or --x"), r.err());
    }
}
