package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.evidence.Sha256;
import org.vigil.evidence.TestMedia;
import org.vigil.review.Accounts;
import org.vigil.review.Role;

/** Witness submissions and evidence through the API: the key, the files, the record, the contact kept apart. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubmissionsApiTest {
    private static final String CONTACT = "reach-me-7f1c@example.org";
    private static final String REPORT = "I stood by the gate of the municipal hall in Kazerun on Sunday afternoon. "
            + "Security forces fired tear gas at the marchers and arrested 14 people, two students among them.";
    private DemoServer s;
    private String admin;
    private String coder;
    private String viewer;
    private final OpenApiContract spec = new OpenApiContract();
    private final Set<String> seen = new TreeSet<>();

    /** The operations this class, not WebApiTest, must exercise every documented status of. */
    static boolean covers(String path) {
        return path.startsWith("/api/submissions") || path.startsWith("/api/evidence");
    }

    @BeforeAll
    void start(@TempDir Path dir) {
        s = new DemoServer(dir, "write-token-1d9e");
        Accounts accounts = new Accounts(s.store.reviews(), java.time.Clock.systemUTC());
        var root = accounts.create(null, "root", Role.ADMIN, "test");
        admin = root.token();
        var who = accounts.authenticate(admin, "test").orElseThrow();
        coder = accounts.create(who, "cora", Role.CODER, "test").token();
        viewer = accounts.create(who, "vera", Role.VIEWER, "test").token();
    }

    @AfterAll
    void stopAndCheckEveryDocumentedStatusWasExercised() {
        if (s == null) {
            return; // no store to run on (the PostgreSQL pass without a server)
        }
        s.close();
        Set<String> missing = new TreeSet<>();
        for (String op : spec.operations()) {
            String[] p = op.split(" ");
            if (covers(p[1])) {
                spec.statuses(p[0], p[1]).forEach(st -> missing.add(op + " " + st));
            }
        }
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "documented responses no test exercised");
    }

    private HttpResponse<String> submit(Multipart form, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/submissions"))
                .header("Content-Type", form.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
        if (headers.length > 0) {
            b.headers(headers);
        }
        HttpResponse<String> r = s.send(b.build());
        seen.add("POST /api/submissions " + r.statusCode());
        return r;
    }

    private HttpResponse<byte[]> bytes(String template, String path) {
        try {
            HttpResponse<byte[]> r = s.http.send(HttpRequest.newBuilder(URI.create(s.base() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            seen.add("GET " + template + " " + r.statusCode());
            return r;
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String template, String path, String... headers) {
        HttpResponse<String> r = s.get(path, headers);
        seen.add("GET " + template + " " + r.statusCode());
        return r;
    }

    private static Multipart report(String text) {
        return new Multipart().field("text", text).field("time", "2026-11-01T15:30").field("place", "Kazerun")
                .field("lat", "29.619").field("lon", "51.654").field("contact", CONTACT).field("consent", "yes");
    }

    private static String key() {
        return DemoServer.SUBMISSION_KEY;
    }

    @Test
    void aSubmissionJoinsTheRecordWithItsEvidenceAndItsContactStaysApart() throws Exception {
        var picture = TestMedia.picture(42, 1000, 750);
        byte[] photo = TestMedia.withExif(TestMedia.jpeg(picture, 0.92f), "2026:11:01 15:20:00", 29.6190, 51.6540);
        byte[] repost = TestMedia.png(TestMedia.resized(picture, 400));
        byte[] clip = TestMedia.mp4(1_793_000_000L);
        HttpResponse<String> r = submit(report(REPORT).file("attachment", "gate.jpg", "image/jpeg", photo)
                .file("attachment", "gate-small.png", "image/png", repost)
                .file("attachment", "clip.mp4", "video/mp4", clip), SubmissionAuth.KEY_HEADER, key());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode receipt = DemoServer.json(r);
        spec.assertMatches("SubmissionReceipt", receipt);
        assertEquals(Sha256.hex(photo), receipt.get("files").get(0).get("sha256").asText());
        assertFalse(r.body().contains(CONTACT), "the receipt does not echo the contact");
        String doc = receipt.get("document").asText();
        String claimant = receipt.get("claimant").asText();
        assertTrue(claimant.startsWith("witness sub-"), claimant);

        HttpResponse<byte[]> original = bytes("/api/evidence/{sha256}", "/api/evidence/" + Sha256.hex(photo));
        assertEquals(200, original.statusCode());
        assertArrayEquals(photo, original.body(), "the original, byte for byte");
        assertEquals("image/jpeg", original.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", original.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<byte[]> thumb = bytes("/api/evidence/{sha256}/thumbnail", "/api/evidence/" + Sha256.hex(photo) + "/thumbnail");
        assertEquals(200, thumb.statusCode());
        assertEquals(320, ImageIO.read(new ByteArrayInputStream(thumb.body())).getWidth());
        assertEquals(404, bytes("/api/evidence/{sha256}/thumbnail", "/api/evidence/" + Sha256.hex(clip) + "/thumbnail").statusCode());
        assertEquals("video/mp4", bytes("/api/evidence/{sha256}", "/api/evidence/" + Sha256.hex(clip)).headers()
                .firstValue("Content-Type").orElse(""));

        JsonNode event = eventOf(doc);
        spec.assertMatches("EventDetail", event);
        // "on Sunday" in a report given for Sunday 2026-11-01: dated by the witness's time, not by a 2018 report it met
        assertEquals("2026-11-01", event.get("date").get("end").asText(), event.get("date").toString());
        assertTrue(event.get("date").get("start").asText().startsWith("2026-"), event.get("date").toString());
        assertEquals(3, event.get("evidence").size(), event.get("evidence").toString());
        JsonNode first = event.get("evidence").get(0);
        assertEquals("2026-11-01T15:20:00", first.get("metadata").get("captured_at").asText());
        assertEquals(29.619, first.get("metadata").get("latitude").asDouble(), 1e-3);
        assertTrue(first.get("metadata").get("note").asText().contains("claimed by the file's metadata"));
        assertEquals(Sha256.hex(repost), first.get("near_duplicates").get(0).get("sha256").asText(),
                "the re-sized PNG is found as a near-duplicate of the photo");
        assertEquals("Kazerun", event.get("submissions").get(0).get("place_given").asText());
        event.get("claims").forEach(c -> {
            if (c.get("document").get("id").asText().equals(doc)) {
                assertEquals(claimant, c.get("claimant").asText(), "the witness is the claimant of their figures");
            }
        });

        for (String path : new String[] {"/api/events?limit=1000&min_confidence=0&historical=",
                "/api/events?format=csv&limit=1000&min_confidence=0", "/api/events?format=geojson&limit=1000&min_confidence=0",
                "/api/events?format=jsonl&limit=1000&min_confidence=0", "/api/events/" + event.get("id").asText(),
                "/api/documents/" + doc, "/api/documents/" + doc + "/raw", "/api/stats?min_confidence=0"}) {
            HttpResponse<String> out = s.get(path);
            assertEquals(200, out.statusCode(), path);
            assertFalse(out.body().contains(CONTACT), "the contact leaks through " + path);
            assertFalse(out.body().contains("reach-me-7f1c"), "the contact leaks through " + path);
        }
        var who = new Accounts(s.store.reviews(), java.time.Clock.systemUTC()).authenticate(admin, "test").orElseThrow();
        var release = new org.vigil.review.Releases(s.store, java.time.Clock.systemUTC()).cut(who, "with-witnesses", false);
        release.files().forEach((name, content) -> assertFalse(new String(content, StandardCharsets.UTF_8).contains("reach-me-7f1c"),
                "the contact leaks into the release's " + name));
        String id = receipt.get("id").asText();
        HttpResponse<String> withContact = get("/api/submissions/{id}", "/api/submissions/" + id, "Authorization", "Bearer " + admin);
        assertEquals(200, withContact.statusCode(), withContact.body());
        assertEquals(CONTACT, DemoServer.json(withContact).get("contact").asText());
        assertEquals("submission key", DemoServer.json(withContact).get("received_via").asText());
        assertEquals(403, get("/api/submissions/{id}", "/api/submissions/" + id, "Authorization", "Bearer " + coder).statusCode());
        assertEquals(401, get("/api/submissions/{id}", "/api/submissions/" + id).statusCode());
        assertEquals(404, get("/api/submissions/{id}", "/api/submissions/sub-000000000000", "Authorization", "Bearer " + admin).statusCode());
    }

    /** The event built from a document, as the event detail API gives it. */
    private JsonNode eventOf(String doc) {
        JsonNode all = DemoServer.json(s.get("/api/events?limit=1000&min_confidence=0&historical="));
        for (JsonNode e : all.get("events")) {
            for (JsonNode d : e.get("documents")) {
                if (d.get("id").asText().equals(doc)) {
                    return DemoServer.json(s.get("/api/events/" + e.get("id").asText()));
                }
            }
        }
        throw new AssertionError("no event holds the submission's document " + doc);
    }

    @Test
    void aPointPickedOnTheMapGivesTheEventThePlaceItLiesIn() {
        String text = "Outside the bakery on our street riot police beat and arrested 6 young men on Thursday evening.";
        HttpResponse<String> r = submit(new Multipart().field("text", text).field("time", "2026-11-05T19:00")
                .field("lat", "28.9684").field("lon", "50.8385").field("consent", "yes"), SubmissionAuth.KEY_HEADER, key());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode receipt = DemoServer.json(r);
        spec.assertMatches("SubmissionReceipt", receipt);
        assertTrue(receipt.get("place_from_map").asText().startsWith("Bushehr (Bushehr, IR), 0."), r.body());
        JsonNode event = eventOf(receipt.get("document").asText());
        assertEquals("Bushehr", event.get("place").get("name").asText(), "the text names no place: the point gives it");
        assertTrue(event.get("submissions").get(0).get("place_given").isNull(), "nothing was typed");

        HttpResponse<String> atSea = submit(new Multipart().field("text", "From the deck of our boat we watched the navy "
                + "seize 2 fishing dhows on Friday.").field("lat", "20.0").field("lon", "63.0").field("consent", "yes"),
                SubmissionAuth.KEY_HEADER, key());
        assertEquals(201, atSea.statusCode(), atSea.body());
        assertEquals("none: no place of the gazetteer within 100 km of the point",
                DemoServer.json(atSea).get("place_from_map").asText());
        HttpResponse<String> typed = submit(report("At the Kazerun bazaar police arrested 4 shopkeepers on Saturday."),
                SubmissionAuth.KEY_HEADER, key());
        assertFalse(DemoServer.json(typed).has("place_from_map"), "a typed place wins over the point");
    }

    @Test
    void twoSubmissionsOfOneTextAreOneSource() {
        Multipart first = new Multipart().field("text", "Guards beat 3 mothers at the Kazerun prison gate.")
                .field("time", "2026-10-20").field("place", "Kazerun").field("consent", "yes");
        Multipart again = new Multipart().field("text", "guards  BEAT 3 mothers at the Kazerun prison gate")
                .field("time", "2026-10-20").field("lat", "29.62").field("lon", "51.65").field("consent", "yes");
        String a = DemoServer.json(submit(first, SubmissionAuth.KEY_HEADER, key())).get("document").asText();
        String b = DemoServer.json(submit(again, SubmissionAuth.KEY_HEADER, key())).get("document").asText();
        assertFalse(a.equals(b), "two documents: the texts differ in case, spacing and the place line");
        JsonNode event = eventOf(a);
        assertEquals(event.get("id").asText(), eventOf(b).get("id").asText(), "one event");
        assertEquals("2026-10-20", event.get("date").get("start").asText(),
                "a text that states no time is dated by the time the witness gave: " + event.get("date"));
        assertEquals(2, event.get("documents").size(), "no 2018 report joins it: " + event.get("documents"));
        Set<String> pair = new TreeSet<>(Set.of(a, b));
        boolean linked = false;
        for (JsonNode c : event.get("copies")) {
            linked |= pair.equals(new TreeSet<>(Set.of(c.get("document_a").asText(), c.get("document_b").asText())))
                    && c.get("reason").asText().contains("have the same text (9 words, case, spacing and punctuation aside)");
        }
        assertTrue(linked, event.get("copies").toString());
        assertTrue(event.get("reasons").toString().contains("have the same text (9 words, case, spacing and punctuation "
                + "aside): \\\"guards BEAT 3 mothers at the Kazerun prison gate\\\": counted as one source"), event.get("reasons").toString());
    }

    @Test
    void submittingNeedsTheKeyOrATeamMembersToken() {
        String text = "From my window in Kazerun I saw police detain 3 men outside the bakery on Monday.";
        assertEquals(401, submit(report(text)).statusCode());
        HttpResponse<String> wrong = submit(report(text), SubmissionAuth.KEY_HEADER, "not-the-key");
        assertEquals(401, wrong.statusCode());
        assertEquals("the submission key is not valid", DemoServer.json(wrong).get("error").asText());
        assertEquals(403, submit(report(text), "Authorization", "Bearer " + viewer).statusCode());
        HttpResponse<String> byCoder = submit(report(text), "Authorization", "Bearer " + coder);
        assertEquals(201, byCoder.statusCode(), byCoder.body());
        assertEquals(0, DemoServer.json(byCoder).get("files").size());
    }

    @Test
    void aPhotoWithDamagedExifIsKeptWithAWarning() {
        byte[] garbled = TestMedia.withGarbledExif(TestMedia.jpeg(TestMedia.picture(8, 300, 200), 0.9f));
        HttpResponse<String> r = submit(report("Behind the Kazerun clinic guards dragged away 2 nurses on Wednesday.")
                .file("attachment", "damaged.jpg", "image/jpeg", garbled), SubmissionAuth.KEY_HEADER, key());
        assertEquals(201, r.statusCode(), r.body());
        JsonNode receipt = DemoServer.json(r);
        assertTrue(receipt.get("warnings").get(0).asText().startsWith("damaged.jpg: its metadata is damaged"), r.body());
        assertTrue(receipt.get("files").get(0).get("metadata").get("captured_at").isNull());
        assertTrue(s.store.evidence().original(Sha256.hex(garbled)).isPresent(), "the photo itself is kept");
    }

    @Test
    void badSubmissionsAreRefusedNamingTheFileAndLeaveNothing() throws Exception {
        long documents = s.store.counts().documents();
        byte[] notAnImage;
        try (var in = getClass().getResourceAsStream("/evidence/not-an-image.jpg")) {
            notAnImage = in.readAllBytes();
        }
        String text = "Near the bus station of Kazerun riot police beat 5 protesters on Tuesday evening.";
        byte[] good = TestMedia.jpeg(TestMedia.picture(3, 200, 150), 0.9f);
        assertRefused(400, "photo.jpg: not a photo or video", report(text).file("attachment", "ok.jpg", "image/jpeg", good)
                .file("attachment", "photo.jpg", "image/jpeg", notAnImage));
        assertRefused(400, "empty.jpg: the file is empty", report(text).file("attachment", "empty.jpg", "image/jpeg", new byte[0]));
        assertRefused(400, "lying.jpg: not a readable image", report(text).file("attachment", "lying.jpg", "image/jpeg",
                TestMedia.withLyingExifLength(good, 30_000)));
        byte[] huge = new byte[(int) org.vigil.evidence.EvidenceInspector.DEFAULT_MAX_BYTES + 1];
        System.arraycopy(good, 0, huge, 0, good.length);
        assertRefused(413, "huge.jpg: the file is", report(text).file("attachment", "huge.jpg", "image/jpeg", huge));
        assertRefused(400, "'consent' must be yes", new Multipart().field("text", text));
        assertRefused(400, "'text' is required", new Multipart().field("consent", "yes"));
        assertRefused(400, "'time' must be", new Multipart().field("text", text).field("consent", "yes").field("time", "last week"));
        assertRefused(400, "give both 'lat' and 'lon'", new Multipart().field("text", text).field("consent", "yes").field("lat", "29.6"));
        assertEquals(documents, s.store.counts().documents(), "no refused submission left its text behind");
        assertTrue(s.store.evidence().file(Sha256.hex(good)).isEmpty(), "nor its good file");

        HttpRequest json = HttpRequest.newBuilder(URI.create(s.base() + "/api/submissions")).header("Content-Type", "application/json")
                .header(SubmissionAuth.KEY_HEADER, key()).POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build();
        HttpResponse<String> wrongType = s.send(json);
        seen.add("POST /api/submissions " + wrongType.statusCode());
        assertEquals(415, wrongType.statusCode());
        assertEquals(400, bytes("/api/evidence/{sha256}", "/api/evidence/not-a-hash").statusCode());
        assertEquals(400, bytes("/api/evidence/{sha256}/thumbnail", "/api/evidence/ABC/thumbnail").statusCode());
        assertEquals(404, bytes("/api/evidence/{sha256}", "/api/evidence/" + "0".repeat(64)).statusCode());
    }

    private void assertRefused(int status, String message, Multipart form) {
        HttpResponse<String> r = submit(form, SubmissionAuth.KEY_HEADER, key());
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = DemoServer.json(r);
        spec.assertMatches("Error", body);
        assertTrue(body.get("error").asText().contains(message), body.toString());
        assertNotNull(body.get("status"));
    }
}
