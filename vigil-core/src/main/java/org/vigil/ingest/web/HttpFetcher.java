package org.vigil.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@link PageFetcher} on the JDK's HTTP client; redirects are followed by hand so each hop meets robots.txt. */
public final class HttpFetcher implements PageFetcher {
    private final FetchPolicy policy;
    private final HttpClient client;
    private final Map<String, RobotsRules> robots = new ConcurrentHashMap<>();
    private final Map<String, Long> nextSlot = new ConcurrentHashMap<>();

    public HttpFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder().connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public WebPage fetch(String url) throws FetchException {
        URI uri = parse(url);
        Set<URI> seen = new HashSet<>();
        for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
            if (!seen.add(uri)) {
                throw new FetchException("redirect loop at " + uri);
            }
            if (policy.respectRobots() && !rules(uri).allows(pathOf(uri))) {
                throw new FetchException("robots.txt disallows " + uri);
            }
            HttpResponse<byte[]> r = get(uri);
            int status = r.statusCode();
            if (status >= 300 && status < 400) {
                String location = r.headers().firstValue("location")
                        .orElseThrow(() -> new FetchException("redirect without a Location from " + url));
                uri = uri.resolve(location);
                continue;
            }
            if (status >= 400 || r.body() == null) {
                throw new FetchException("HTTP " + status + (r.body() == null ? " (too large)" : "") + " from " + uri);
            }
            return new WebPage(uri.toString(), r.body(), r.headers().firstValue("content-type").orElse(null), Instant.now());
        }
        throw new FetchException("more than " + policy.maxRedirects() + " redirects from " + url);
    }

    private static URI parse(String url) throws FetchException {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new FetchException("not an http(s) URL: " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new FetchException("not a URL: " + url);
        }
    }

    private static String pathOf(URI uri) {
        String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? p : p + "?" + uri.getRawQuery();
    }

    private RobotsRules rules(URI uri) {
        String origin = uri.getScheme() + "://" + uri.getAuthority();
        return robots.computeIfAbsent(origin, o -> {
            try {
                HttpResponse<byte[]> r = get(URI.create(o + "/robots.txt"));
                return r.statusCode() == 200 && r.body() != null
                        ? RobotsRules.parse(new String(r.body(), StandardCharsets.UTF_8), policy.userAgent())
                        : RobotsRules.ALLOW_ALL;
            } catch (FetchException e) {
                return RobotsRules.ALLOW_ALL;
            }
        });
    }

    /** One GET after the host's delay, bounded by the policy's timeout from start to last byte. */
    private HttpResponse<byte[]> get(URI uri) throws FetchException {
        waitForSlot(uri.getAuthority());
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(policy.timeout()).header("User-Agent", policy.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5").GET().build();
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(req, info -> {
            long length = info.headers().firstValueAsLong("content-length").orElse(-1);
            return length > policy.maxBytes() ? HttpResponse.BodySubscribers.replacing(null)
                    : HttpResponse.BodySubscribers.ofByteArray();
        });
        try {
            return f.get(policy.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new FetchException("no answer within " + policy.timeout().toSeconds() + " s from " + uri);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw new FetchException("cannot fetch " + uri + ": " + (c instanceof IOException ? c.toString() : String.valueOf(c)), c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted fetching " + uri);
        }
    }

    private void waitForSlot(String host) throws FetchException {
        long delay = policy.perHostDelay().toNanos();
        long now = System.nanoTime();
        long slot = nextSlot.merge(host, now, (prev, n) -> Math.max(prev + delay, n));
        long wait = slot - now;
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FetchException("interrupted waiting for " + host);
            }
        }
    }
}
