package org.vigil.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts up to twice that. A client
 * over it gets 429 with Retry-After; the others are not slowed. Buckets idle for a minute are forgotten.
 */
final class RateLimiter {
    private final double perSecond;
    private final double burst;
    private final LongSupplier nanos;
    private final Map<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perSecond, LongSupplier nanos) {
        this.perSecond = perSecond;
        this.burst = 2.0 * perSecond;
        this.nanos = nanos;
    }

    /** True when the client may make one more request now. */
    boolean allow(String client) {
        long now = nanos.getAsLong();
        if (buckets.size() > 10_000) {
            buckets.values().removeIf(b -> now - (long) b[1] > 60_000_000_000L);
        }
        double[] b = buckets.computeIfAbsent(client, k -> new double[] {burst, now});
        synchronized (b) {
            b[0] = Math.min(burst, b[0] + (now - (long) b[1]) / 1e9 * perSecond);
            b[1] = now;
            if (b[0] < 1) {
                return false;
            }
            b[0] -= 1;
            return true;
        }
    }
}
