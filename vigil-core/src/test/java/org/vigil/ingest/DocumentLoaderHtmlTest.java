package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.Article;
import org.vigil.model.Document;

class DocumentLoaderHtmlTest {
    private static final String PAGE = "<html><head><title>Strike | Paper</title>"
            + "<meta property=\"article:published_time\" content=\"2022-09-14\"><meta property=\"og:site_name\" content=\"Paper\">"
            + "</head><body><nav><a href=\"/\">Home</a></nav><div class=\"article-body\">"
            + "<p>Teachers in the northern district walked out on Wednesday over pay, closing forty schools, the union said.</p>"
            + "<p>The education ministry called the strike illegal and said it would dock a day of wages from those who joined.</p>"
            + "</div><footer>© Paper</footer></body></html>";
    @TempDir
    Path dir;
    private final DocumentLoader loader = new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES);

    @Test
    void aPageBecomesItsArticleWithTheDateAndPublisherItGives() throws Exception {
        Path f = dir.resolve("strike.html");
        Files.writeString(f, PAGE);
        Document d = loader.load(f, f.toString(), SourceMetadata.NONE);
        assertTrue(d.rawText().startsWith("Teachers in the northern district"), d.rawText());
        assertTrue(!d.rawText().contains("Home") && !d.rawText().contains("©"), d.rawText());
        assertEquals("2022-09-14", d.published().start().toString());
        assertEquals("Paper", d.publisher());
    }

    @Test
    void theSidecarAndCommandLineWinOverThePage() throws Exception {
        Path f = dir.resolve("strike.html");
        Files.writeString(f, PAGE);
        Document d = loader.load(f, f.toString(), new SourceMetadata(null, "Wire", null, SourceMetadata.date("2022-09-15")));
        assertEquals("Wire", d.publisher());
        assertEquals("2022-09-15", d.published().start().toString());
    }

    @Test
    void gzippedPagesAndWrongCharsetsAreRead() throws Exception {
        Path gz = dir.resolve("strike.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(PAGE.replace("Teachers", "Enseñantes").getBytes(Charset.forName("windows-1252")));
        }
        Article a = loader.article(gz);
        assertTrue(a.text().startsWith("Enseñantes in the northern"), a.text());
        Path wrong = dir.resolve("wrong.html");
        Files.write(wrong, ("<meta charset=\"utf-16\">" + PAGE).getBytes(StandardCharsets.UTF_8));
        assertTrue(loader.article(wrong).text().contains("Teachers"));
    }

    @Test
    void anImageIsRefused() throws Exception {
        Path f = dir.resolve("photo.html");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Files.write(f, png);
        assertThrows(BinaryDocumentException.class, () -> loader.load(f, f.toString(), SourceMetadata.NONE));
    }

    @Test
    void aFiftyMegabytePageOfDeepNestingIsRefusedQuickly() throws Exception {
        Path f = dir.resolve("deep.html");
        try (OutputStream out = Files.newOutputStream(f)) {
            byte[] chunk = "<div><span>".repeat(100_000).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
                assertThrows(DocumentTooComplexException.class, () -> loader.load(f, f.toString(), SourceMetadata.NONE)));
    }

    @Test
    void aPageWithoutArticleTextIsEmpty() throws Exception {
        Path f = dir.resolve("empty.html");
        Files.writeString(f, "<html><body><nav><a href=\"/\">Home</a></nav></body></html>");
        assertThrows(EmptyDocumentException.class, () -> loader.load(f, f.toString(), SourceMetadata.NONE));
    }
}
