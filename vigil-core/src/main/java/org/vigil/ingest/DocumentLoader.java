package org.vigil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.vigil.extract.Article;
import org.vigil.extract.ArticleExtractor;
import org.vigil.extract.MarkupDepth;
import org.vigil.extract.ScoringArticleExtractor;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.text.TextCleaner;

/**
 * Turns a file (.txt, .html, .htm, .html.gz) into a {@link Document}. Checks come before reading: size first,
 * then empty, binary and encoding. HTML goes through the {@link ArticleExtractor}: the article's text, title,
 * date, publisher and canonical URL.
 */
public final class DocumentLoader {
    /** The largest file or page read ({@code ingest.max-bytes} of the defaults file, 64 MiB). */
    public static final long DEFAULT_MAX_BYTES = org.vigil.assembly.Settings.defaults().maxDocumentBytes();
    /** Deepest element nesting a page may have; real pages stay within a few hundred. */
    public static final int MAX_DEPTH = 2000;
    private final long maxBytes;
    private static final TextCleaner CLEANER = new TextCleaner();
    private final ArticleExtractor extractor = new ScoringArticleExtractor();

    public DocumentLoader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.endsWith(".meta.json") && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz"));
    }

    public Document load(Path file, String source, SourceMetadata defaults) throws DocumentRejectedException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableDocumentException("no such readable file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentTooLargeException("file is " + size + " bytes, over the limit of " + maxBytes);
            }
            byte[] bytes = read(file);
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz");
            return load(bytes, html, source, SourceMetadata.sidecar(file).orElse(defaults));
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read: " + e.getMessage());
        }
    }

    /** A document from bytes already in hand (an upload, a WARC record): the same checks as for a file. */
    public Document load(byte[] bytes, boolean html, String source, SourceMetadata meta) throws DocumentRejectedException {
        if (bytes.length > maxBytes) {
            throw new DocumentTooLargeException("content is " + bytes.length + " bytes, over the limit of " + maxBytes);
        }
        String raw = decode(bytes, html);
        if (raw.isBlank()) {
            throw new EmptyDocumentException("file is empty");
        }
        return html ? fromHtml(raw, source, meta) : new Document(contentId(raw), meta.url() != null ? meta.url() : source,
                meta.publisher(), meta.affiliation(), meta.published(), Instant.now(), raw, null, null);
    }

    private byte[] read(Path file) throws IOException, DocumentRejectedException {
        try (InputStream in = file.toString().toLowerCase(Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                out.write(buf, 0, n);
                if (out.size() > maxBytes) {
                    throw new DocumentTooLargeException("content is over the limit of " + maxBytes + " bytes");
                }
            }
            return out.toByteArray();
        }
    }

    /**
     * Text is UTF-8 (BOM dropped) or rejected; HTML goes through {@link PageDecoder} (BOM, meta charset, detection).
     * NUL bytes or many control bytes mean binary.
     */
    static String decode(byte[] bytes, boolean html) throws DocumentRejectedException {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new BinaryDocumentException("file holds NUL bytes: binary, not text");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > bytes.length / 20 + 1) {
            throw new BinaryDocumentException("file holds " + control + " control bytes: binary, not text");
        }
        if (html) {
            return PageDecoder.decode(bytes, null);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableDocumentException("not valid UTF-8 and no other charset declared;"
                    + " convert it to UTF-8 or declare its charset");
        }
    }

    /**
     * The article of a file, with the same checks as {@link #load}: for a page what the extractor finds, for a
     * text file its text with furniture lines removed and its first headline-like line as title.
     */
    public Article article(Path file) throws DocumentRejectedException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UnreadableDocumentException("no such readable file");
        }
        try {
            if (Files.size(file) > maxBytes) {
                throw new DocumentTooLargeException("file is " + Files.size(file) + " bytes, over the limit of " + maxBytes);
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz");
            String raw = decode(read(file), html);
            if (!html) {
                String clean = CLEANER.clean(raw);
                return new Article(TextCleaner.title(clean), clean, null, null, null, null, null);
            }
            checkDepth(raw);
            return extractor.extract(raw, null);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read: " + e.getMessage());
        }
    }

    private static void checkDepth(String html) throws DocumentTooComplexException {
        int depth = MarkupDepth.max(html, MAX_DEPTH);
        if (depth > MAX_DEPTH) {
            throw new DocumentTooComplexException("markup nests over " + MAX_DEPTH + " elements deep");
        }
    }

    /**
     * A document from a web page: its article text (the extractor drops the page's furniture) and what the page
     * says of itself where the sidecar and the command line leave a field open.
     */
    public Document fromHtml(String html, String source, SourceMetadata meta) throws DocumentRejectedException {
        checkDepth(html);
        Article a = extractor.extract(html, meta.url() != null ? meta.url() : null);
        if (a.text().isBlank()) {
            throw new EmptyDocumentException("page holds no article text");
        }
        SourceMetadata page = new SourceMetadata(a.url(), a.publisher(), null,
                a.published() == null ? null : DateRange.day(a.published(), a.published().toString()));
        SourceMetadata m = meta.orElse(page);
        return new Document(contentId(a.text()), m.url() != null ? m.url() : source, m.publisher(), m.affiliation(),
                m.published(), Instant.now(), a.text(), null, a.title());
    }

    /** Each run of white space as the regex {@code \s} reads it (space, tab, LF, VT, FF, CR) as one space. */
    static String collapseSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }

    /** SHA-256 of the text in NFC with white space collapsed: the same report ingested twice has one id. */
    public static String contentId(String text) {
        String n = collapseSpace(Normalizer.normalize(text, Normalizer.Form.NFC)).trim();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
