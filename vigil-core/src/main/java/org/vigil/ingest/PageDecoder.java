package org.vigil.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a web page: a byte-order mark wins, then the charset the HTTP header names, then the one
 * the page declares in its first bytes ({@code <meta charset>} or {@code http-equiv}); with none, valid UTF-8 is
 * read as UTF-8 and anything else as windows-1252. A declaration that is unknown, or that the bytes belie
 * (declared UTF-8 but invalid; declared single-byte but valid multi-byte UTF-8), is not trusted. Never throws.
 */
public final class PageDecoder {
    private static final int SNIFF_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    /** The page's text; {@code headerCharset} is the HTTP Content-Type charset or null. */
    public static String decode(byte[] bytes, String headerCharset) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        Charset declared = charset(headerCharset);
        if (declared == null) {
            declared = declaredInPage(bytes);
        }
        if (declared != null && (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32"))) {
            declared = null; // without a BOM such a declaration was itself read as ASCII, so it is wrong
        }
        boolean utf8 = isUtf8(bytes);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252);
        }
        if (utf8 && hasMultiByte(bytes) && isSingleByte(declared)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        String text = new String(bytes, declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared);
        return mostlyReplaced(text) ? new String(bytes, utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252) : text;
    }

    /** More than one character in a hundred could not be decoded: the declaration was wrong. */
    private static boolean mostlyReplaced(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            bad += text.charAt(i) == '\uFFFD' ? 1 : 0;
        }
        return bad > text.length() / 100 + 1;
    }

    /** The charset a page declares in its first bytes, or null. */
    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    /** The named charset, or null when the name is missing, malformed or unsupported. */
    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().replaceAll("^[\"']|[\"']$", "").toLowerCase(Locale.ROOT);
        if (n.equals("utf8")) {
            n = "utf-8";
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSingleByte(Charset c) {
        return c.newEncoder().maxBytesPerChar() <= 1.0f;
    }
}
