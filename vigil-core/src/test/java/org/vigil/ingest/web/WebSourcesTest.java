package org.vigil.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WebSourcesTest {
    private final HttpFetcher fetcher = new HttpFetcher(FetchPolicy.defaults().withPerHostDelay(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    @TempDir
    Path dir;

    @Test
    void readsAFeedServedLocally() throws Exception {
        try (LocalServer s = new LocalServer()) {
            String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><link>" + s.url("/")
                    + "</link><description>d</description><item><title>One</title><link>" + s.url("/one")
                    + "</link></item><item><title>Two</title><link>" + s.url("/two") + "</link></item></channel></rss>";
            s.page("/feed.xml", "application/rss+xml", rss);
            assertEquals(List.of(s.url("/one"), s.url("/two")), new WebSources(fetcher).feed(s.url("/feed.xml")));
        }
    }

    @Test
    void readsAnAtomFeedFromAFile() throws Exception {
        Path atom = dir.resolve("feed.atom");
        Files.writeString(atom, "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title>"
                + "<id>urn:x</id><updated>2024-01-01T00:00:00Z</updated><entry><title>A</title><id>urn:a</id>"
                + "<updated>2024-01-01T00:00:00Z</updated><link href=\"https://news.example/a\"/></entry></feed>");
        assertEquals(List.of("https://news.example/a"), new WebSources(fetcher).feed(atom.toString()));
    }

    @Test
    void readsASitemapIndexAndItsChildrenServedLocally() throws Exception {
        try (LocalServer s = new LocalServer()) {
            String ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            s.page("/sitemap.xml", "application/xml", "<sitemapindex xmlns=\"" + ns + "\"><sitemap><loc>" + s.url("/news.xml")
                    + "</loc></sitemap></sitemapindex>");
            s.page("/news.xml", "application/xml", "<urlset xmlns=\"" + ns + "\"><url><loc>" + s.url("/a") + "</loc></url>"
                    + "<url><loc>" + s.url("/b") + "</loc></url></urlset>");
            assertEquals(List.of(s.url("/a"), s.url("/b")), new WebSources(fetcher).sitemap(s.url("/sitemap.xml")));
        }
    }

    @Test
    void refusesXmlWithEntities() throws Exception {
        Path evil = dir.resolve("evil.xml");
        Files.writeString(evil, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<urlset><url><loc>&e;</loc></url></urlset>");
        assertThrows(FetchException.class, () -> new WebSources(fetcher).sitemap(evil.toString()));
    }

    @Test
    void readsTheHtmlPagesOfAWarcTheTestWrites() throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://news.example/strike", "text/html; charset=utf-8",
                    "<html><body><p>Bus drivers struck on Monday.</p></body></html>"));
            w.write(response("https://news.example/logo.png", "image/png", "PNG"));
        }
        List<WebPage> pages = WarcPages.read(warc, 1 << 20);
        assertEquals(1, pages.size());
        assertEquals("https://news.example/strike", pages.get(0).url());
        assertTrue(pages.get(0).text().contains("Bus drivers struck"));
    }

    private static WarcResponse response(String url, String type, String body) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
        return new WarcResponse.Builder(url).date(Instant.parse("2024-05-01T10:00:00Z"))
                .body(MediaType.HTTP_RESPONSE, http).build();
    }

    @Test
    void urlListsSkipCommentsAndBlanks() throws Exception {
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# mine\nhttps://a.example/1\n\nhttps://a.example/2  # second\n");
        assertEquals(List.of("https://a.example/1", "https://a.example/2"), WebSources.urlList(list));
    }
}
