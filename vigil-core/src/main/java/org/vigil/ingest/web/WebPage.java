package org.vigil.ingest.web;

import java.time.Instant;
import org.vigil.ingest.PageDecoder;

/** A page as fetched or archived: where it came from, its bytes and the charset its HTTP header named. */
public record WebPage(String url, byte[] body, String contentType, Instant fetchedAt) {

    /** The charset the Content-Type names, or null. */
    public String headerCharset() {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).trim();
            }
        }
        return null;
    }

    /** The page decoded: BOM, header charset, meta charset, then detection. */
    public String text() {
        return PageDecoder.decode(body, headerCharset());
    }

    /** Whether the Content-Type (or, without one, the bytes) says HTML or XHTML. */
    public boolean isHtml() {
        if (contentType == null || contentType.isBlank()) {
            String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase();
            return head.contains("<html") || head.contains("<!doctype html");
        }
        String t = contentType.toLowerCase();
        return t.contains("text/html") || t.contains("application/xhtml");
    }
}
