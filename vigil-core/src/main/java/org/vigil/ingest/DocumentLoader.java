package org.vigil.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.vigil.model.Document;

/**
 * Turns a file (.txt, .html, .htm, .html.gz) into a {@link Document}. Checks come before reading: size first,
 * then empty, binary and encoding. HTML is parsed with jsoup and reduced to its text with block breaks kept.
 */
public final class DocumentLoader {
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private final long maxBytes;

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
        String text = html ? htmlText(raw) : raw;
        String title = html ? Jsoup.parse(raw).title() : null;
        return new Document(contentId(text), meta.url() != null ? meta.url() : source, meta.publisher(),
                meta.affiliation(), meta.published(), Instant.now(), text, null, title == null || title.isBlank() ? null : title);
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

    /** UTF-8 (BOM dropped); invalid UTF-8 is read as windows-1252; NUL bytes or many control bytes mean binary. */
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
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            Charset declared = html ? declaredCharset(bytes) : null;
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new String(bytes, declared);
            }
            throw new UndecodableDocumentException("not valid UTF-8 and no other charset declared;"
                    + " convert it to UTF-8 or declare its charset");
        }
    }

    private static final java.util.regex.Pattern META_CHARSET =
            java.util.regex.Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([\\w-]+)");

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = META_CHARSET.matcher(head);
        try {
            return m.find() ? Charset.forName(m.group(1)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String htmlText(String html) {
        org.jsoup.nodes.Document d = Jsoup.parse(html);
        d.select("script, style, noscript, nav, footer, header, aside, form, iframe").remove();
        StringBuilder sb = new StringBuilder();
        for (Element e : d.body().select("h1, h2, h3, h4, p, li, blockquote, pre")) {
            if (e.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
                sb.append(e.text()).append("\n\n");
            }
        }
        return sb.length() > 0 ? sb.toString() : d.body().wholeText();
    }

    /** SHA-256 of the text in NFC with white space collapsed: the same report ingested twice has one id. */
    public static String contentId(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(n.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
