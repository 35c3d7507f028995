package org.vigil.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScoringArticleExtractorTest {
    private final ArticleExtractor extractor = new ScoringArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = ScoringArticleExtractorTest.class.getResourceAsStream("/extract/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsTheArticleAndDropsThePageFurniture() throws IOException {
        Article a = extractor.extract(fixture("news-page.html"), null);
        String t = a.text();
        assertTrue(t.startsWith("Several hundred dock workers marched"), t);
        assertTrue(t.contains("Talks next week"), "subheadings stay");
        assertTrue(t.endsWith("a spokesperson for the operator said."), t);
        for (String furniture : new String[] {"cookies", "Share on", "Advertisement", "Related", "disgrace",
                "road closure", "Most read", "Copyright", "Photo: Herald", "By Mara Quint", "Sport"}) {
            assertFalse(t.contains(furniture), furniture + " in: " + t);
        }
        assertFalse(t.contains("Dock workers march on the port authority"), "the headline is the title, not the text");
    }

    @Test
    void readsTheMetadata() throws IOException {
        Article a = extractor.extract(fixture("news-page.html"), null);
        assertEquals("Dock workers march on the port authority", a.title());
        assertEquals(LocalDate.of(2024, 3, 7), a.published());
        assertEquals("Mara Quint", a.author());
        assertEquals("The Harbour Herald", a.publisher());
        assertEquals("https://herald.example/2024/03/07/dock-workers-march/", a.url());
        assertEquals("en-GB", a.language());
    }

    @Test
    void prefersTheJsonLdArticleBodyWhenItIsWhole() {
        String body = "Farmers drove tractors into the capital on Monday to protest against the fuel tax. ".repeat(5);
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"X\"},{\"@type\":\"NewsArticle\",\"headline\":\"Tractors\","
                + "\"datePublished\":\"2023-02-13T08:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Ruiz\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Field News\"},\"articleBody\":\"" + body + "\"}]}"
                + "</script></head><body><div><p>" + body.substring(0, 120) + "</p></div></body></html>";
        Article a = extractor.extract(html, null);
        assertEquals(body.strip(), a.text());
        assertEquals("Tractors", a.title());
        assertEquals(LocalDate.of(2023, 2, 13), a.published());
        assertEquals("Ana Ruiz", a.author());
        assertEquals("Field News", a.publisher());
    }

    @Test
    void datesComeFromTimeElementsThenUrlsThenBylines() {
        String p = "<p>" + "Residents gathered outside the town hall to oppose the closure of the clinic, organisers said. ".repeat(3) + "</p>";
        Article timed = extractor.extract("<html><body><time datetime=\"2021-06-02\">2 June</time>" + p + "</body></html>", null);
        assertEquals(LocalDate.of(2021, 6, 2), timed.published());
        Article fromUrl = extractor.extract("<html><body>" + p + "</body></html>", "https://x.example/news/2020/11/05/clinic");
        assertEquals(LocalDate.of(2020, 11, 5), fromUrl.published());
        Article byline = extractor.extract("<html><body><div class=\"post-date\">Posted on March 3, 2019</div>" + p
                + "</body></html>", null);
        assertEquals(LocalDate.of(2019, 3, 3), byline.published());
    }

    @Test
    void theUrlDayWinsOverAUtcStampJustPastMidnight() {
        String p = "<p>" + "Residents gathered outside the town hall to oppose the closure of the clinic, organisers said. ".repeat(3) + "</p>";
        String head = "<html><head><link rel=\"canonical\" href=\"https://x.example/2019/11/18/clinic/\">"
                + "<meta property=\"article:published_time\" content=\"%s\"></head><body>" + p + "</body></html>";
        assertEquals(LocalDate.of(2019, 11, 18), extractor.extract(String.format(head, "2019-11-19T03:05:00Z"), null).published());
        assertEquals(LocalDate.of(2019, 11, 19), extractor.extract(String.format(head, "2019-11-19T03:05:00-05:00"), null).published());
    }

    @Test
    void neverThrowsOnBrokenMarkup() {
        for (String html : new String[] {"", "<", "<html><body></body></html>", "<p>unclosed <b>bold <i>italic",
                "<script type=\"application/ld+json\">{broken</script><p>x</p>", "\u0000\u0001garbage<<>>"}) {
            assertNotNull(extractor.extract(html, null).text());
        }
    }

    @Test
    void readsJapaneseWithoutSpacesOrStubTrimming() {
        String p = "<p>先日、不正に改造したスマートフォンを販売したとして、男性が逮捕されたというニュースを耳にしました。</p>";
        Article a = extractor.extract("<html><body><div class=\"entry-content\">" + p.repeat(4) + "</div></body></html>", null);
        assertTrue(a.text().contains("先日"), a.text());
    }

    @Test
    void depthIsMeasuredOnTheMarkup() {
        assertEquals(2, MarkupDepth.max("<div><p>a<p>b<div>c</div></div><br>", 100));
        assertTrue(MarkupDepth.max("<div>".repeat(5000), 3000) > 3000);
        assertEquals(1, MarkupDepth.max("<div><script>if (a<b) { '<div><div>' }</script></div>", 100));
    }
}
