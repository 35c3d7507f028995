package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import org.vigil.store.TestStores;
import org.vigil.web.ServerSettings;
import org.vigil.web.WebServer;

/** Two ingests into one store at once, and an ingest while the server answers: nothing lost, doubled or torn. */
class ConcurrencyTest {
    @TempDir
    Path tmp;

    private Path folder(String name, int copy) throws Exception {
        Path in = Files.createDirectories(tmp.resolve(name));
        for (String dir : List.of("../demo/kazerun", "../corpus/santiago-2019", "../corpus/nairobi-2024")) {
            try (var files = Files.list(Path.of(dir))) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    Files.writeString(in.resolve(p.getFileName()), Files.readString(p) + "\nCopy " + copy + " of " + p.getFileName() + ".\n");
                }
            }
        }
        return in;
    }

    private static Process ingest(String db, Path in) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.vigil.cli.VigilCli", "ingest",
                "--db", db, "--threads", "1", in.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Each event as the set of its mentions (ids depend on the order reports arrived; the grouping must not). */
    private static Set<String> groupings(String db) {
        try (EventStore s = EventStores.open(db)) {
            return s.events().stream().map(e -> String.join(",", new TreeSet<>(e.mentionIds()))).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void twoIngestsIntoOneStoreAtOnceLoseAndDoubleNothing() throws Exception {
        Path a = folder("a", 1);
        Path b = folder("b", 2);
        String db = TestStores.address(tmp, "shared");
        Process pa = ingest(db, a);
        Process pb = ingest(db, b);
        assertTrue(pa.waitFor(300, TimeUnit.SECONDS) && pb.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, pa.exitValue());
        assertEquals(0, pb.exitValue());
        String alone = TestStores.address(tmp, "alone");
        Process one = ingest(alone, a);
        assertTrue(one.waitFor(300, TimeUnit.SECONDS));
        Process two = ingest(alone, b);
        assertTrue(two.waitFor(300, TimeUnit.SECONDS));
        try (EventStore s = EventStores.open(db); EventStore t = EventStores.open(alone)) {
            assertEquals(t.counts(), s.counts(), "the same documents, mentions, claims and events");
            assertTrue(s.corpusIsCurrent());
        }
        assertEquals(groupings(alone), groupings(db));
    }

    @Test
    void theServerAnswersWhileAnIngestWritesAndNoReadIsTorn() throws Exception {
        String db = TestStores.address(tmp, "live");
        Process first = ingest(db, Path.of("../demo/kazerun"));
        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        try (EventStore store = EventStores.open(db);
             WebServer server = new WebServer(store, null, ServerSettings.loopback(0)).start()) {
            HttpClient http = HttpClient.newHttpClient();
            Process writer = ingest(db, folder("more", 3));
            List<Integer> totals = new ArrayList<>();
            int answers = 0;
            while (writer.isAlive() || answers < 5) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/events?limit=1000&min_confidence=0")).GET().build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                var body = org.vigil.store.Json.MAPPER.readTree(r.body());
                assertEquals(body.get("total").asInt(), body.get("events").size(), "a page is one consistent reading");
                totals.add(body.get("total").asInt());
                answers++;
            }
            assertEquals(0, writer.exitValue());
            assertTrue(answers >= 5, "the server kept answering: " + answers);
            System.out.println("concurrency: " + answers + " reads during an ingest, totals " + new TreeSet<>(totals));
        }
    }
}
