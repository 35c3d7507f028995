package org.vigil.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

class RateLimiterTest {
    @Test
    void aClientGetsItsBurstThenItsRateAndOthersAreNotSlowed() {
        AtomicLong now = new AtomicLong(0);
        RateLimiter limiter = new RateLimiter(10, now::get);
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += limiter.allow("10.0.0.1") ? 1 : 0;
        }
        assertEquals(20, allowed, "a burst of twice the rate");
        assertTrue(limiter.allow("10.0.0.2"), "another client is not slowed");
        now.addAndGet(500_000_000L);
        allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += limiter.allow("10.0.0.1") ? 1 : 0;
        }
        assertEquals(5, allowed, "half a second later: half the rate");
    }

    @Test
    void theServerAnswers429WithRetryAfterWhenAClientFloodsIt(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStores.sqlite(dir.resolve("r.db"));
             WebServer server = new WebServer(store, null, ServerSettings.loopback(0).withRequestsPerSecond(5)).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> last = null;
            int refused = 0;
            for (int i = 0; i < 40; i++) {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stats")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 429) {
                    refused++;
                    assertEquals("1", last.headers().firstValue("Retry-After").orElse(""));
                    assertTrue(last.body().contains("too many requests"), last.body());
                }
            }
            assertTrue(refused > 0, "a flood is refused");
            assertFalse(refused == 40, "the first requests are answered");
        }
    }
}
