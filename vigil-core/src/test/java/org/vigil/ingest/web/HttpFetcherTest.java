package org.vigil.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
    private static final String PAGE = "<html><body><p>Hello from the local server.</p></body></html>";
    private final FetchPolicy fast = FetchPolicy.defaults().withPerHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    @Test
    void fetchesWithAProperUserAgentAndFollowsRedirects() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.page("/article", "text/html; charset=utf-8", PAGE).redirect("/old", "/article");
            WebPage p = new HttpFetcher(fast).fetch(s.url("/old"));
            assertEquals(s.url("/article"), p.url());
            assertTrue(p.text().contains("Hello from the local server."));
            assertTrue(s.log.stream().anyMatch(l -> l.startsWith("/article Vigil/")), s.log.toString());
        }
    }

    @Test
    void aRedirectLoopIsAnError() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.redirect("/a", "/b").redirect("/b", "/a");
            FetchException e = assertThrows(FetchException.class, () -> new HttpFetcher(fast).fetch(s.url("/a")));
            assertTrue(e.getMessage().contains("redirect loop"), e.getMessage());
        }
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> held = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception ignored) {
                    // closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            long t0 = System.nanoTime();
            FetchException e = assertThrows(FetchException.class,
                    () -> new HttpFetcher(fast).fetch("http://127.0.0.1:" + silent.getLocalPort() + "/slow"));
            assertTrue((System.nanoTime() - t0) / 1e9 < 10, "timed out in time");
            assertTrue(e.getMessage().contains("no answer") || e.getMessage().contains("timed out")
                    || e.getMessage().contains("cannot fetch"), e.getMessage());
        }
    }

    @Test
    void robotsTxtIsRespected() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n")
                    .page("/private/page", "text/html", PAGE).page("/public", "text/html", PAGE);
            HttpFetcher f = new HttpFetcher(fast);
            assertThrows(FetchException.class, () -> f.fetch(s.url("/private/page")));
            assertTrue(f.fetch(s.url("/public")).text().contains("Hello"));
            assertTrue(s.log.stream().noneMatch(l -> l.startsWith("/private")), s.log.toString());
        }
    }

    @Test
    void waitsBetweenRequestsToOneHost() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.page("/p", "text/html", PAGE);
            HttpFetcher f = new HttpFetcher(fast.withPerHostDelay(Duration.ofMillis(300)));
            f.fetch(s.url("/p"));
            f.fetch(s.url("/p"));
            List<Long> pageTimes = new ArrayList<>();
            for (int i = 0; i < s.log.size(); i++) {
                if (s.log.get(i).startsWith("/p ")) {
                    pageTimes.add(s.times.get(i));
                }
            }
            assertEquals(2, pageTimes.size());
            assertTrue(pageTimes.get(1) - pageTimes.get(0) >= 250_000_000L, "delay kept");
        }
    }

    @Test
    void errorStatusesAndNonHttpUrlsAreRefused() throws Exception {
        try (LocalServer s = new LocalServer()) {
            s.answer("/gone", 404, "text/html", "nope".getBytes(), null);
            HttpFetcher f = new HttpFetcher(fast);
            assertThrows(FetchException.class, () -> f.fetch(s.url("/gone")));
            assertThrows(FetchException.class, () -> f.fetch("file:///etc/passwd"));
        }
    }

    @Test
    void robotsRulesPickTheLongestMatch() {
        RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /news/\nAllow: /news/public\nDisallow: /*.pdf$\n", "Vigil/0.1");
        assertTrue(!r.allows("/news/x") && r.allows("/news/public/y") && !r.allows("/a/b.pdf") && r.allows("/a/b.pdfx"));
        RobotsRules mine = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: Vigil\nDisallow: /drafts/\n",
                FetchPolicy.USER_AGENT);
        assertTrue(mine.allows("/news/x") && !mine.allows("/drafts/y"), "the group naming Vigil wins over *");
    }
}
