package org.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code vigil ingest} on pages fetched from a local server (feed, URL list) and on a WARC the test writes. */
class IngestWebTest {
    private static final String PAGE = "<html><head><meta property=\"article:published_time\" content=\"2020-10-21\">"
            + "<meta property=\"og:site_name\" content=\"Lagos Ledger\"></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<article><p>Nigerian police arrested 30 protesters in Lagos on Wednesday, the police commissioner said.</p>"
            + "<p>Thousands marched in Abuja on the same day, and the march ended peacefully in the evening.</p></article>"
            + "</body></html>";
    @TempDir
    Path tmp;

    @Test
    void ingestsAFeedAndAUrlListServedLocally() throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + s.getAddress().getPort();
        serve(s, "/news/arrests", "text/html; charset=utf-8", PAGE);
        serve(s, "/logo.png", "image/png", "\u0089PNG\r\n");
        serve(s, "/feed.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>L</title>"
                + "<link>" + base + "/</link><description>d</description><item><title>Arrests</title><link>" + base
                + "/news/arrests</link></item></channel></rss>");
        s.start();
        try {
            Path urls = tmp.resolve("urls.txt");
            Files.writeString(urls, base + "/news/arrests\n" + base + "/missing\n" + base + "/logo.png\n");
            String db = tmp.resolve("v.db").toString();
            Cli r = Cli.run("ingest", "--db", db, "--delay", "0", "--timeout", "5", "--feed", base + "/feed.xml", "--urls", urls.toString());
            assertEquals(1, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("1 new, 0 unchanged, 2 failed"), r.out() + r.err());
            assertTrue(r.err().contains("not an HTML page"), r.err());
            String jsonl = Cli.run("export", "--db", db).out();
            assertTrue(jsonl.contains("\"publisher\":\"Lagos Ledger\""), jsonl);
        } finally {
            s.stop(0);
        }
    }

    @Test
    void ingestsTheHtmlPagesOfAWarc() throws Exception {
        Path warc = tmp.resolve("in").resolve("crawl.warc.gz");
        Files.createDirectories(warc.getParent());
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + PAGE).getBytes(StandardCharsets.UTF_8);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder("https://ledger.example/arrests").date(Instant.now())
                    .body(MediaType.HTTP_RESPONSE, http).build());
        }
        String db = tmp.resolve("v.db").toString();
        Cli r = Cli.run("ingest", "--db", db, tmp.resolve("in").toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("1 new"), r.out());
        assertTrue(Cli.run("export", "--db", db).out().contains("ledger.example/arrests"));
    }

    private static void serve(HttpServer s, String path, String type, String body) {
        s.createContext(path, ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(b);
            }
        });
    }
}
