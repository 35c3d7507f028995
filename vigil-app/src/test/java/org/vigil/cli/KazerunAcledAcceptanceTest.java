package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kazerun's events carry ACLED sub-event types: for E1, E2, E7 and E9 of {@code expected.json}, some event that
 * meets the item (type, mode, within 25 km of its place, date overlapping) has the sub-event type ACLED gives it.
 * And they form an incident chain: the protest (E1) met by the shooting (E2) and the arrests (E7), the
 * shooting followed by the internet shutdown (E8).
 */
class KazerunAcledAcceptanceTest {
    private static final Map<String, Set<String>> SUB_TYPES = Map.of(
            "E1", Set.of("Peaceful protest", "Protest with intervention"),
            "E2", Set.of("Excessive force against protesters"),
            "E7", Set.of("Arrests"),
            "E9", Set.of("Violent demonstration"));
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path tmp;
    private static List<JsonNode> events;
    private static List<JsonNode> chains;
    private static JsonNode expected;

    @BeforeAll
    static void ingestAndExport() throws Exception {
        Path corpus = Shared.require("corpus/kazerun-2018");
        String db = tmp.resolve("k.db").toString();
        assertEquals(0, Cli.run("ingest", "--db", db, corpus.toString()).exit());
        Path export = tmp.resolve("k.jsonl");
        Path links = tmp.resolve("k.chains.jsonl");
        assertEquals(0, Cli.run("export", "--db", db, "--format", "jsonl", "--out", export.toString(),
                "--chains", links.toString()).exit());
        events = lines(export);
        chains = lines(links);
        expected = JSON.readTree(corpus.resolve("expected.json").toFile());
    }

    private static List<JsonNode> lines(Path file) throws java.io.IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void kazerunEventsFormAnIncidentChain() {
        assertTrue(linked("E1", "E2", "repression"), "protest → shooting: " + chains);
        assertTrue(linked("E1", "E7", "repression"), "protest → arrests: " + chains);
        assertTrue(linked("E2", "E8", "restriction"), "shooting → internet shutdown: " + chains);
    }

    private static boolean linked(String from, String to, String relation) {
        return chains.stream().anyMatch(l -> l.path("relation").asText().equals(relation)
                && meetsItem(l.path("from").asText(), from) && meetsItem(l.path("to").asText(), to));
    }

    private static boolean meetsItem(String eventId, String itemId) {
        JsonNode item = null;
        for (JsonNode i : expected.get("expect")) {
            item = i.path("id").asText().equals(itemId) ? i : item;
        }
        JsonNode want = item;
        return events.stream().anyMatch(e -> e.path("id").asText().equals(eventId) && meets(e, want));
    }

    @Test
    void kazerunEventsCarryTheirAcledSubTypes() {
        List<String> missing = new ArrayList<>();
        for (JsonNode item : expected.get("expect")) {
            Set<String> want = SUB_TYPES.get(item.path("id").asText());
            if (want != null && events.stream().noneMatch(e -> meets(e, item) && want.contains(e.path("acled_sub_event_type").asText()))) {
                missing.add(item.path("id").asText() + " " + want);
            }
        }
        assertTrue(missing.isEmpty(), "no event with the ACLED sub-event type for " + missing);
    }

    private static boolean meets(JsonNode e, JsonNode item) {
        if (!e.path("type").asText().equals(item.path("type").asText())) {
            return false;
        }
        if (item.has("mode") && !e.path("modes").toString().contains("\"" + item.path("mode").asText() + "\"")) {
            return false;
        }
        JsonNode p = item.path("place");
        if (p.has("lat") && (e.path("place").isNull() || km(p, e.path("place")) > 25)) {
            return false;
        }
        JsonNode d = item.path("date");
        if (d.has("from")) {
            JsonNode ed = e.path("date");
            return !ed.isNull() && ed.path("start").asText().compareTo(d.path("to").asText()) <= 0
                    && ed.path("end").asText().compareTo(d.path("from").asText()) >= 0;
        }
        return true;
    }

    private static double km(JsonNode a, JsonNode b) {
        double la1 = Math.toRadians(a.path("lat").asDouble());
        double la2 = Math.toRadians(b.path("lat").asDouble());
        double dl = Math.toRadians(b.path("lon").asDouble() - a.path("lon").asDouble());
        double h = Math.pow(Math.sin((la2 - la1) / 2), 2) + Math.cos(la1) * Math.cos(la2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
