package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.vigil.ingest.SourceMetadata;
import org.vigil.store.Json;

/**
 * One document posted to {@code POST /api/documents}: a JSON object ({@code text} or {@code html}, with
 * optional {@code url}, {@code publisher}, {@code affiliation}, {@code published}), or a {@code text/plain}
 * or {@code text/html} body with the same metadata as query parameters.
 */
record DocumentUpload(byte[] content, boolean html, SourceMetadata meta) {

    static DocumentUpload read(Context ctx, long maxBytes) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/json") && !type.startsWith("text/plain") && !type.startsWith("text/html")) {
            throw new ApiException(415, "send application/json, text/plain or text/html, not '"
                    + (type.isEmpty() ? "no content type" : type) + "'");
        }
        byte[] body = boundedBody(ctx, maxBytes);
        if (type.startsWith("application/json")) {
            return fromJson(body);
        }
        SourceMetadata meta = meta(ctx.queryParam("url"), ctx.queryParam("publisher"), ctx.queryParam("affiliation"),
                ctx.queryParam("published"));
        return new DocumentUpload(body, type.startsWith("text/html"), meta);
    }

    private static DocumentUpload fromJson(byte[] body) {
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the body: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw ApiException.badRequest("the body must be a JSON object with 'text' or 'html'");
        }
        String text = field(n, "text");
        String html = field(n, "html");
        if ((text == null) == (html == null)) {
            throw ApiException.badRequest("give exactly one of 'text' and 'html'");
        }
        SourceMetadata meta = meta(field(n, "url"), field(n, "publisher"), field(n, "affiliation"), field(n, "published"));
        return new DocumentUpload((text != null ? text : html).getBytes(StandardCharsets.UTF_8), html != null, meta);
    }

    private static SourceMetadata meta(String url, String publisher, String affiliation, String published) {
        try {
            return new SourceMetadata(blank(url), blank(publisher), blank(affiliation), SourceMetadata.date(blank(published)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ApiException.badRequest("'published' must be YYYY, YYYY-MM or YYYY-MM-DD, not '" + published + "'");
        }
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.badRequest("'" + name + "' must be a string");
        }
        return v.asText();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Reads at most {@code max} bytes; a longer body is refused with 413 before it is all in memory. */
    private static byte[] boundedBody(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int r; (r = in.read(buf)) != -1; ) {
                out.write(buf, 0, r);
                if (out.size() > max) {
                    throw tooLarge(max);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "the body is over the limit of " + max + " bytes");
    }
}
