package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The REST API on the demo corpus: every endpoint, every error status, the token, the OpenAPI document. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebApiTest {
    private static final String TOKEN = "test-token-5f2a";
    private DemoServer ro;
    private DemoServer rw;
    private DemoServer rv;
    private final OpenApiContract spec = new OpenApiContract();
    private final Set<String> seen = new TreeSet<>();

    @BeforeAll
    void start(@TempDir Path dir) throws Exception {
        ro = new DemoServer(java.nio.file.Files.createDirectories(dir.resolve("ro")), null);
        rw = new DemoServer(java.nio.file.Files.createDirectories(dir.resolve("rw")), TOKEN);
        rv = new DemoServer(java.nio.file.Files.createDirectories(dir.resolve("rv")), TOKEN);
    }

    @AfterAll
    void stopAndCheckEveryDocumentedStatusWasExercised() {
        if (ro == null || rw == null || rv == null) {
            return; // no store to run on (the PostgreSQL pass without a server)
        }
        ro.close();
        rw.close();
        rv.close();
        Set<String> documented = new TreeSet<>();
        for (String op : spec.operations()) {
            String[] p = op.split(" ");
            if (SubmissionsApiTest.covers(p[1])) {
                continue; // SubmissionsApiTest exercises these
            }
            spec.statuses(p[0], p[1]).forEach(s -> documented.add(op + " " + s));
        }
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(seen);
        assertEquals(Set.of(), missing, "documented responses no test exercised");
    }

    private HttpResponse<String> get(DemoServer s, String template, String path, String... headers) {
        return record("GET", template, s.get(path, headers));
    }

    private HttpResponse<String> record(String method, String template, HttpResponse<String> r) {
        seen.add(method + " " + template + " " + r.statusCode());
        return r;
    }

    @Test
    void pagesAreStableAndMatchTheSpec() {
        JsonNode all = DemoServer.json(get(ro, "/api/events", "/api/events?limit=1000&historical="));
        spec.assertMatches("EventList", all);
        int total = all.get("total").asInt();
        assertTrue(total >= 15, "demo corpus events: " + total);
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 4) {
            HttpResponse<String> r = get(ro, "/api/events", "/api/events?limit=4&offset=" + offset);
            assertEquals(String.valueOf(total), r.headers().firstValue("X-Total-Count").orElse(""));
            DemoServer.json(r).get("events").forEach(e -> paged.add(e.get("id").asText()));
        }
        List<String> once = new ArrayList<>();
        all.get("events").forEach(e -> once.add(e.get("id").asText()));
        assertEquals(once, paged);
        assertTrue(DemoServer.json(get(ro, "/api/events", "/api/events?limit=1000")).get("next_offset").isNull());
    }

    @Test
    void filtersNarrowTheRecord() {
        JsonNode disputed = DemoServer.json(get(ro, "/api/events", "/api/events?disputed=true&type=assault"));
        assertEquals(1, disputed.get("total").asInt(), disputed.toString());
        assertEquals("killed", disputed.get("events").get(0).get("disputed").get(0).asText());
        for (JsonNode e : DemoServer.json(get(ro, "/api/events", "/api/events?historical=true")).get("events")) {
            assertTrue(e.get("historical").asBoolean());
        }
        JsonNode boxed = DemoServer.json(get(ro, "/api/events", "/api/events?bbox=51,29,52.5,30.5"));
        assertTrue(boxed.get("total").asInt() > 0);
        boxed.get("events").forEach(e -> assertEquals("Kazerun", e.get("place").get("name").asText()));
        assertEquals(0, DemoServer.json(get(ro, "/api/events", "/api/events?bbox=-80,-40,-60,-20")).get("total").asInt());
        JsonNode pompeo = DemoServer.json(get(ro, "/api/events", "/api/events?q=Pompeo"));
        assertTrue(pompeo.get("total").asInt() >= 1);
        JsonNode dated = DemoServer.json(get(ro, "/api/events", "/api/events?from=2018-05-19&to=2018-05-19"));
        dated.get("events").forEach(e -> assertTrue(e.get("date").get("start").asText().compareTo("2018-05-19") <= 0
                && e.get("date").get("end").asText().compareTo("2018-05-19") >= 0));
        int many = DemoServer.json(get(ro, "/api/events", "/api/events?min_sources=2")).get("total").asInt();
        int all = DemoServer.json(get(ro, "/api/events", "/api/events")).get("total").asInt();
        assertTrue(many > 0 && many < all);
        int everything = DemoServer.json(get(ro, "/api/events", "/api/events?min_confidence=0")).get("total").asInt();
        assertTrue(everything > all, "the default hides what the relevance judge doubts: " + everything + " vs " + all);
        for (JsonNode e : DemoServer.json(get(ro, "/api/events", "/api/events?min_confidence=0.8")).get("events")) {
            assertTrue(e.get("confidence").asDouble() >= 0.8, e.toString());
        }
        JsonNode arrests = DemoServer.json(get(ro, "/api/events", "/api/events?mode=arrest"));
        arrests.get("events").forEach(e -> assertTrue(e.get("modes").toString().contains("arrest")));
    }

    @Test
    void formatsFollowTheParameterOrTheAcceptHeader() {
        HttpResponse<String> csv = get(ro, "/api/events", "/api/events?format=csv&limit=3");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(4, csv.body().strip().split("\n").length, csv.body());
        HttpResponse<String> geo = get(ro, "/api/events", "/api/events", "Accept", "application/geo+json");
        assertEquals("FeatureCollection", DemoServer.json(geo).get("type").asText());
        HttpResponse<String> jsonl = get(ro, "/api/events", "/api/events?limit=5", "Accept", "application/x-ndjson");
        assertEquals(5, jsonl.body().strip().split("\n").length);
        assertEquals(400, get(ro, "/api/events", "/api/events?format=xml").statusCode());
    }

    @Test
    void anEventShowsEachClaimantsFigureWithItsQuote() {
        String id = DemoServer.json(get(ro, "/api/events", "/api/events?disputed=true&type=ASSAULT")).get("events").get(0).get("id").asText();
        JsonNode e = DemoServer.json(get(ro, "/api/events/{id}", "/api/events/" + id));
        spec.assertMatches("EventDetail", e);
        JsonNode killed = null;
        for (JsonNode k : e.get("claims_by_kind")) {
            if (k.get("kind").asText().equals("killed")) {
                killed = k;
            }
        }
        assertTrue(killed != null && killed.get("disputed").asBoolean(), e.toString());
        Set<Long> figures = new HashSet<>();
        Set<String> claimants = new HashSet<>();
        killed.get("claimants").forEach(g -> {
            claimants.add(g.get("claimant").asText());
            g.get("claims").forEach(c -> figures.add(c.get("low").asLong()));
        });
        assertEquals(Set.of(3L, 4L), figures);
        assertTrue(claimants.size() >= 2 && claimants.contains("Mike Pompeo"), claimants.toString());
        assertFalse(e.get("mentions").isEmpty());
        assertTrue(e.get("independent_sources").asInt() < e.get("all_sources").asInt(), "copies count once");
        assertFalse(e.get("copies").isEmpty() && e.get("reasons").isEmpty(), "why the documents count as fewer sources");
        JsonNode protest = null;
        for (JsonNode step : e.get("chain")) {
            protest = step.get("direction").asText().equals("follows") && step.get("type").asText().equals("PROTEST") ? step : protest;
        }
        assertTrue(protest != null && protest.get("relation").asText().equals("repression")
                && protest.get("reason").asText().contains("Kazerun"), "the shooting follows the protest it met: " + e.get("chain"));
    }

    @Test
    void aDocumentGivesCleanTextWithTheSpansOfItsClaims() {
        JsonNode e = DemoServer.json(get(ro, "/api/events", "/api/events?disputed=true")).get("events").get(0);
        String docId = e.get("claims").get(0).get("document").get("id").asText();
        JsonNode d = DemoServer.json(get(ro, "/api/documents/{id}", "/api/documents/" + docId));
        spec.assertMatches("Document", d);
        String text = d.get("text").asText();
        assertFalse(d.get("claims").isEmpty());
        for (JsonNode c : d.get("claims")) {
            assertEquals(c.get("quote").asText(), text.substring(c.get("start").asInt(), c.get("end").asInt()));
        }
        HttpResponse<String> raw = get(ro, "/api/documents/{id}/raw", "/api/documents/" + docId + "/raw");
        assertTrue(raw.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(raw.headers().firstValue("Content-Security-Policy").orElse("").contains("sandbox"));
        assertFalse(raw.body().isBlank());
    }

    @Test
    void statsCountWhatTheListHolds() {
        JsonNode s = DemoServer.json(get(ro, "/api/stats", "/api/stats?historical=false"));
        spec.assertMatches("Stats", s);
        int byType = 0;
        for (JsonNode t : s.get("by_type")) {
            byType += t.get("count").asInt();
        }
        int total = DemoServer.json(get(ro, "/api/events", "/api/events?historical=false")).get("total").asInt();
        assertEquals(total, s.get("events").asInt());
        assertEquals(total, byType);
        List<String> days = new ArrayList<>();
        s.get("by_day").forEach(d -> days.add(d.get("day").asText()));
        assertEquals(days.stream().sorted().toList(), days);
        assertEquals(400, get(ro, "/api/stats", "/api/stats?from=yesterday").statusCode());
    }

    @Test
    void badRequestsAreRefusedWithAClearJsonMessage() {
        for (String q : List.of("from=2018-13-01", "limit=0", "limit=5000", "offset=-1", "bbox=1,2,3", "type=RIOT",
                "disputed=maybe", "min_sources=two", "min_confidence=high", "min_confidence=2", "colour=red", "from=2019-01-02&to=2019-01-01")) {
            HttpResponse<String> r = get(ro, "/api/events", "/api/events?" + q);
            assertEquals(400, r.statusCode(), q);
            spec.assertMatches("Error", DemoServer.json(r));
            assertFalse(DemoServer.json(r).get("error").asText().isBlank());
        }
    }

    @Test
    void injectionThroughEveryParameterIsRefusedOrHarmlessAndCorsIsClosed() {
        int total = DemoServer.json(get(ro, "/api/events", "/api/events?min_confidence=0")).get("total").asInt();
        List<String> hostile = List.of("' OR 1=1 --", "\"; DROP TABLE events; --", "../../../../etc/passwd", "%00", "%27%29%3B--",
                "1 UNION SELECT * FROM users", "<script>alert(1)</script>", "\u202Egnp.exe");
        for (String param : List.of("from", "to", "bbox", "type", "mode", "acled_sub_event_type", "q", "disputed", "historical",
                "min_sources", "min_confidence", "limit", "offset", "format")) {
            for (String h : hostile) {
                String v = java.net.URLEncoder.encode(h, java.nio.charset.StandardCharsets.UTF_8);
                HttpResponse<String> r = ro.get("/api/events?" + param + "=" + v);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 400, param + "=" + h + ": " + r.statusCode());
                assertFalse(r.body().contains("SQLITE") || r.body().contains("Exception"), r.body());
            }
        }
        for (String path : List.of("/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/%27%20OR%201%3D1", "/api/events/..%2F..%2F",
                "/api/documents/x/raw/../../../etc/passwd")) {
            HttpResponse<String> r = ro.get(path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("root:"), path);
        }
        assertEquals(total, DemoServer.json(get(ro, "/api/events", "/api/events?min_confidence=0")).get("total").asInt(),
                "the record is intact");
        HttpResponse<String> cors = ro.get("/api/events", "Origin", "https://evil.example");
        assertTrue(cors.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "no cross-origin reads by default");
        assertEquals("nosniff", cors.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(cors.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
    }

    @Test
    void unknownThingsAreNotFound() {
        assertEquals(404, get(ro, "/api/events/{id}", "/api/events/ev-000000000000").statusCode());
        assertEquals(404, get(ro, "/api/documents/{id}", "/api/documents/nope").statusCode());
        assertEquals(404, get(ro, "/api/documents/{id}/raw", "/api/documents/nope/raw").statusCode());
        HttpResponse<String> r = ro.get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        spec.assertMatches("Error", DemoServer.json(r));
    }

    @Test
    void theSpecAndThePageAreServedWithAPolicyAgainstInlineScripts() {
        HttpResponse<String> s = get(ro, "/api/openapi.json", "/api/openapi.json");
        assertEquals(spec.spec, DemoServer.json(s));
        HttpResponse<String> page = ro.get("/");
        assertEquals(200, page.statusCode());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script in the page");
    }

    @Test
    void theContractCheckCanFail() throws Exception {
        JsonNode wrong = org.vigil.store.Json.MAPPER.readTree("{\"total\":\"many\",\"events\":[{\"id\":1}]}");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> spec.assertMatches("EventList", wrong));
    }

    @Test
    void aReadOnlyServerRefusesWrites() {
        assertEquals(403, post(ro, "application/json", "{\"text\":\"x\"}", TOKEN).statusCode());
        assertEquals(403, delete(ro, "anything", TOKEN).statusCode());
    }

    @Test
    void writesNeedTheRightToken() {
        assertEquals(401, post(rw, "application/json", "{\"text\":\"x\"}", null).statusCode());
        HttpResponse<String> wrong = post(rw, "application/json", "{\"text\":\"x\"}", "not-it");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals(401, delete(rw, "whatever", null).statusCode());
    }

    @Test
    void aPostedDocumentJoinsTheRecordAndCanBeRemoved() {
        String report = "Police killed 2 protesters in Kazerun on Saturday, a witness told the Test Wire.\n";
        HttpResponse<String> created = post(rw, "text/plain", report, TOKEN, "?publisher=Test%20Wire&published=2018-05-20");
        assertEquals(201, created.statusCode(), created.body());
        spec.assertMatches("Upload", DemoServer.json(created));
        String id = DemoServer.json(created).get("id").asText();
        assertEquals(200, post(rw, "text/plain", report, TOKEN, "?publisher=Test%20Wire&published=2018-05-20").statusCode());
        assertEquals("Test Wire", DemoServer.json(get(rw, "/api/documents/{id}", "/api/documents/" + id)).get("publisher").asText());
        assertTrue(DemoServer.json(get(rw, "/api/events", "/api/events?q=Test%20Wire")).get("total").asInt() >= 1);
        assertEquals(204, delete(rw, id, TOKEN).statusCode());
        assertEquals(404, delete(rw, id, TOKEN).statusCode());
        assertEquals(0, DemoServer.json(get(rw, "/api/events", "/api/events?q=Test%20Wire")).get("total").asInt());
    }

    @Test
    void badUploadsAreRefused() {
        assertEquals(400, post(rw, "application/json", "{not json", TOKEN).statusCode());
        assertEquals(400, post(rw, "application/json", "{\"text\":\"a\",\"html\":\"b\"}", TOKEN).statusCode());
        assertEquals(400, post(rw, "application/json", "{\"text\":\"  \"}", TOKEN).statusCode());
        assertEquals(415, post(rw, "application/pdf", "%PDF-1.4", TOKEN).statusCode());
        HttpResponse<String> big = post(rw, "text/plain", "protest ".repeat(20_000), TOKEN);
        assertEquals(413, big.statusCode());
        spec.assertMatches("Error", DemoServer.json(big));
    }

    @Test
    void reviewersVerifyEditMergeAndSplitThroughTheApiWithTheirOwnTokens() {
        var accounts = new org.vigil.review.Accounts(rv.store.reviews(), java.time.Clock.systemUTC());
        var admin = accounts.create(null, "root", org.vigil.review.Role.ADMIN, "test");
        var adminWho = accounts.authenticate(admin.token(), "test").orElseThrow();
        String ana = accounts.create(adminWho, "ana", org.vigil.review.Role.REVIEWER, "test").token();
        String ben = accounts.create(adminWho, "ben", org.vigil.review.Role.REVIEWER, "test").token();
        String vic = accounts.create(adminWho, "vic", org.vigil.review.Role.VIEWER, "test").token();

        assertEquals(401, get(rv, "/api/review/queue", "/api/review/queue").statusCode());
        assertEquals("viewer", DemoServer.json(get(rv, "/api/me", "/api/me", "Authorization", "Bearer " + vic)).get("role").asText());
        assertEquals(401, get(rv, "/api/me", "/api/me", "Authorization", "Bearer wrong").statusCode());
        JsonNode queue = DemoServer.json(get(rv, "/api/review/queue", "/api/review/queue?limit=5", "Authorization", "Bearer " + vic));
        assertEquals(5, queue.size());
        queue.forEach(item -> assertEquals("auto", item.get("state").asText()));
        String id = queue.get(0).get("event_id").asText();
        String other = queue.get(1).get("event_id").asText();

        HttpResponse<String> noReason = review(rv, id, "edit", "{\"field\":\"type\",\"value\":\"ASSAULT\"}", ana);
        assertEquals(400, noReason.statusCode());
        assertEquals("reason_required", DemoServer.json(noReason).get("code").asText());
        spec.assertMatches("Error", DemoServer.json(noReason));
        assertEquals(403, review(rv, id, "verify", "{}", vic).statusCode());
        assertEquals(401, review(rv, id, "verify", "{}", "not-a-token").statusCode());
        assertEquals(404, review(rv, "ev-000000000000", "verify", "{}", ana).statusCode());
        HttpResponse<String> edited = review(rv, id, "edit",
                "{\"field\":\"date\",\"value\":\"2018-05-16\",\"reason\":\"the report is dated the day after\"}", ana);
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals("2018-05-16", DemoServer.json(edited).get("pins").get("date").get("value").asText());
        HttpResponse<String> locked = review(rv, id, "edit",
                "{\"field\":\"type\",\"value\":\"ASSAULT\",\"reason\":\"shots\"}", ben);
        assertEquals(409, locked.statusCode());
        assertEquals("locked", DemoServer.json(locked).get("code").asText());
        assertEquals(200, review(rv, id, "release", "{}", ana).statusCode());
        assertEquals(200, review(rv, id, "verify", "{\"reason\":\"read the report\"}", ben).statusCode());

        JsonNode event = DemoServer.json(get(rv, "/api/events/{id}", "/api/events/" + id));
        assertEquals("verified", event.get("review").get("state").asText());
        assertEquals("2018-05-16", event.get("date").get("start").asText(), "the pin replaces the machine's date");
        spec.assertMatches("EventDetail", event);
        JsonNode shown = DemoServer.json(get(rv, "/api/events/{id}/review", "/api/events/" + id + "/review",
                "Authorization", "Bearer " + vic));
        spec.assertMatches("Review", shown);
        assertEquals(List.of("edit", "release", "verify"), ops(shown.get("history")));
        assertEquals(401, get(rv, "/api/events/{id}/review", "/api/events/" + id + "/review").statusCode());
        assertEquals(404, get(rv, "/api/events/{id}/review", "/api/events/ev-000000000000/review",
                "Authorization", "Bearer " + vic).statusCode());

        JsonNode otherEvent = DemoServer.json(get(rv, "/api/events/{id}", "/api/events/" + other));
        List<String> mentions = new ArrayList<>();
        otherEvent.get("mentions").forEach(m -> mentions.add(m.get("id").asText()));
        HttpResponse<String> merged = review(rv, other, "merge", "{\"into\":\"" + id + "\",\"reason\":\"same\"}", ana);
        assertEquals(409, merged.statusCode(), "a verified event is sealed: " + merged.body());
        assertEquals(200, review(rv, id, "reopen", "{\"reason\":\"one more report\"}", ana).statusCode());
        assertEquals(200, review(rv, other, "merge", "{\"into\":\"" + id + "\",\"reason\":\"the same march\"}", ana).statusCode());
        assertEquals(404, get(rv, "/api/events/{id}", "/api/events/" + other).statusCode(), "merged away");
        String split = "{\"mentions\":" + org.vigil.store.Json.MAPPER.valueToTree(mentions) + ",\"reason\":\"not the same\"}";
        HttpResponse<String> back = review(rv, id, "split", split, ana);
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(other, DemoServer.json(back).get("event_id").asText(), "splitting out what a merge brought undoes it");
        assertEquals(200, get(rv, "/api/events/{id}", "/api/events/" + other).statusCode());
        assertEquals(404, review(rv, id, "dance", "{}", ana).statusCode());

        JsonNode log = DemoServer.json(get(rv, "/api/log", "/api/log", "Authorization", "Bearer " + vic));
        log.forEach(row -> spec.assertMatches("LogEntry", row));
        assertTrue(log.size() >= 9, log.toString());
        assertEquals(401, get(rv, "/api/log", "/api/log").statusCode());
        JsonNode intact = DemoServer.json(get(rv, "/api/log/verify", "/api/log/verify", "Authorization", "Bearer " + vic));
        assertTrue(intact.get("intact").asBoolean(), intact.toString());
        assertEquals(401, get(rv, "/api/log/verify", "/api/log/verify").statusCode());

        new org.vigil.review.Releases(rv.store, java.time.Clock.systemUTC()).cut(
                accounts.authenticate(ana, "test").orElseThrow(), "r1", false);
        JsonNode releases = DemoServer.json(get(rv, "/api/releases", "/api/releases"));
        spec.assertMatches("ReleaseManifest", releases.get(0));
        JsonNode frozen = DemoServer.json(get(rv, "/api/releases/{name}/events", "/api/releases/r1/events"));
        assertEquals(frozen.get("release").get("events").asInt(), frozen.get("events").size());
        frozen.get("events").forEach(e -> assertTrue(e.has("review")));
        assertEquals(404, get(rv, "/api/releases/{name}/events", "/api/releases/nope/events").statusCode());
        HttpResponse<String> csv = get(rv, "/api/releases/{name}/files/{file}", "/api/releases/r1/files/events.csv");
        assertEquals(200, csv.statusCode());
        assertEquals(releases.get(0).get("files").get("events.csv").asText(), sha256(csv.body()));
        assertEquals(404, get(rv, "/api/releases/{name}/files/{file}", "/api/releases/r1/files/secrets.txt").statusCode());
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ops(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(h -> out.add(h.get("operation").asText()));
        return out;
    }

    private HttpResponse<String> review(DemoServer s, String id, String op, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/events/" + id + "/review/" + op))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return record("POST", "/api/events/{id}/review/{operation}", s.send(b.build()));
    }

    private HttpResponse<String> post(DemoServer s, String type, String body, String token, String... query) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/documents" + String.join("", query)))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return record("POST", "/api/documents", s.send(b.build()));
    }

    private HttpResponse<String> delete(DemoServer s, String id, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + "/api/documents/" + id)).DELETE();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return record("DELETE", "/api/documents/{id}", s.send(b.build()));
    }
}
