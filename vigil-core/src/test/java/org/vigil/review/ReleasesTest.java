package org.vigil.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.model.Event;

class ReleasesTest {
    @TempDir
    Path tmp;

    @Test
    void aReleaseIsFrozenReproducibleFromItsManifestAndSaysWhatChangedAndWhy() throws Exception {
        try (ReviewFixture f = new ReviewFixture(tmp)) {
            f.ingest("01", "02", "03");
            Releases releases = new Releases(f.store, f.clock);
            Release first = releases.cut(ReviewFixture.ANA, "2018-05-w1", false);
            assertEquals(1, first.number());
            assertEquals(java.util.Optional.empty(), Releases.verify(first.files()));
            List<Event> shown = f.store.events().stream().filter(e -> e.confidence() >= 0.5).sorted(
                    java.util.Comparator.comparing(Event::id)).toList();
            Event edited = shown.get(0);
            Event rejected = shown.get(1);
            ReviewDesk desk = f.desk();
            desk.edit(ReviewFixture.ANA, edited.id(), "date", "2018-05-16", "the report is dated the day after");
            desk.reject(ReviewFixture.ANA, rejected.id(), "off_topic", "a statement, not an event");

            Release second = releases.cut(ReviewFixture.BEN, "2018-05-w2", false);
            JsonNode log = Releases.read(second.files().get("changelog.json"));
            assertEquals("2018-05-w1", log.get("previous").asText());
            assertEquals(List.of(rejected.id()), ids(log.get("removed_ids")));
            assertTrue(log.get("removed").get(0).get("reasons").get(0).asText().contains("a statement, not an event"));
            JsonNode change = log.get("changed").get(0);
            assertEquals(edited.id(), change.get("id").asText());
            assertTrue(ids(change.get("fields")).containsAll(List.of("date", "review")), change.toString());
            assertTrue(change.get("reasons").get(0).asText().contains("dated the day after"));

            Release third = releases.cut(ReviewFixture.BEN, "2018-05-w2-again", false);
            for (String file : List.of("events.jsonl", "events.csv")) {
                assertArrayEquals(second.files().get(file), third.files().get(file), file + ": the same record, the same bytes");
            }
            assertEquals(3, f.store.reviews().releases().size());

            Map<String, byte[]> tampered = new HashMap<>(second.files());
            tampered.put("events.csv", (new String(second.files().get("events.csv"), StandardCharsets.UTF_8) + "x").getBytes(StandardCharsets.UTF_8));
            assertEquals(java.util.Optional.of("events.csv does not match the SHA-256 in the manifest"), Releases.verify(tampered));
            assertEquals("conflict", assertRefused(() -> releases.cut(ReviewFixture.ANA, "2018-05-w1", false)));
            assertEquals("role_too_low", assertRefused(() -> releases.cut(ReviewFixture.CODER, "x", false)));
        }
    }

    private static List<String> ids(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String assertRefused(Runnable r) {
        try {
            r.run();
        } catch (ReviewException e) {
            return e.code();
        }
        throw new AssertionError("not refused");
    }
}
