package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.evidence.EvidenceInspector;
import org.vigil.evidence.InspectedFile;
import org.vigil.evidence.Sha256;
import org.vigil.evidence.Submission;
import org.vigil.evidence.TestMedia;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import org.vigil.store.Json;

class EvidenceCommandTest {
    @TempDir
    Path tmp;

    @Test
    void eachFileGetsItsHashAndClaimedMetadataAndABadOneItsError() throws Exception {
        Path photo = tmp.resolve("photo.jpg");
        Files.write(photo, TestMedia.withExif(TestMedia.jpeg(TestMedia.picture(12, 400, 300), 0.9f), "2026:09:12 07:15:00", -33.45, -70.66));
        Path words = tmp.resolve("words.jpg");
        Files.writeString(words, "only words here");
        Cli r = Cli.run("evidence", photo.toString(), words.toString());
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.out().strip().lines().toList();
        assertEquals(2, lines.size(), r.out());
        JsonNode p = Json.MAPPER.readTree(lines.get(0));
        assertEquals(Sha256.hex(Files.readAllBytes(photo)), p.get("sha256").asText());
        assertEquals("2026-09-12T07:15:00", p.get("metadata").get("captured_at").asText());
        assertEquals(-70.66, p.get("metadata").get("longitude").asDouble(), 1e-3);
        assertEquals(16, p.get("dhash").asText().length());
        JsonNode w = Json.MAPPER.readTree(lines.get(1));
        assertTrue(w.get("error").asText().startsWith("words.jpg: not a photo or video"), w.toString());
    }

    @Test
    void withAStoreItSaysWhetherTheFileIsHeldAndFindsRepostedCopies() throws Exception {
        var picture = TestMedia.picture(13, 800, 600);
        byte[] original = TestMedia.jpeg(picture, 0.95f);
        Path db = tmp.resolve("e.db");
        try (EventStore store = EventStores.open(db.toString())) {
            InspectedFile f = new EvidenceInspector(EvidenceInspector.DEFAULT_MAX_BYTES).inspect("o.jpg", original);
            store.evidence().save(new Submission("sub-aa", "doc", Instant.now(), null, null, null, null, "consent", Instant.now(),
                    "submission key", List.of(new Submission.SubmittedFile(f.file().sha256(), "o.jpg"))), null, List.of(f));
        }
        Path copy = tmp.resolve("copy.png");
        Files.write(copy, TestMedia.png(TestMedia.resized(picture, 250)));
        Cli r = Cli.run("evidence", "--db", db.toString(), copy.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode c = Json.MAPPER.readTree(r.out().strip());
        assertFalse(c.get("stored").asBoolean());
        assertEquals(Sha256.hex(original), c.get("near_duplicates").get(0).get("sha256").asText());
    }
}
