package org.vigil.ingest.web;

import java.time.Duration;

/** How politely and how patiently to fetch. */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration timeout, int maxRedirects,
                          Duration perHostDelay, long maxBytes, boolean respectRobots) {
    public static final String USER_AGENT = "Vigil/0.1 (protest event research; respects robots.txt)";

    public static FetchPolicy defaults() {
        return new FetchPolicy(USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 5, Duration.ofSeconds(1),
                16L * 1024 * 1024, true);
    }

    public FetchPolicy withTimeouts(Duration connect, Duration total) {
        return new FetchPolicy(userAgent, connect, total, maxRedirects, perHostDelay, maxBytes, respectRobots);
    }

    public FetchPolicy withPerHostDelay(Duration delay) {
        return new FetchPolicy(userAgent, connectTimeout, timeout, maxRedirects, delay, maxBytes, respectRobots);
    }
}
