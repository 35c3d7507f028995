package org.vigil.web;

import io.javalin.http.Context;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.Sha256;

/**
 * {@code GET /api/evidence/{sha256}}: an original exactly as received, with its media type (judged from its bytes
 * when it came), never sniffed, never rendered as a page; {@code .../thumbnail}: the derived JPEG of a photo.
 */
final class EvidenceApi {
    private final EvidenceStore store;

    EvidenceApi(EvidenceStore store) {
        this.store = store;
    }

    void original(Context ctx) {
        String sha = sha(ctx);
        send(ctx, store.original(sha).orElseThrow(() -> ApiException.notFound("evidence " + sha)), sha);
    }

    void thumbnail(Context ctx) {
        String sha = sha(ctx);
        send(ctx, store.thumbnail(sha).orElseThrow(() -> ApiException.notFound("thumbnail of " + sha
                + " (videos have none)")), sha);
    }

    private static String sha(Context ctx) {
        String sha = ctx.pathParam("sha256");
        if (!Sha256.isHex(sha)) {
            throw ApiException.badRequest("'" + sha + "' is not a SHA-256 (64 lower-case hex digits)");
        }
        return sha;
    }

    private static void send(Context ctx, EvidenceStore.StoredBytes b, String sha) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Cache-Control", "public, max-age=31536000, immutable"); // named by its hash: it never changes
        ctx.header("Content-Disposition", "inline; filename=\"" + sha + extension(b.mediaType()) + "\"");
        ctx.contentType(b.mediaType()).result(b.content());
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/gif" -> ".gif";
            case "video/mp4" -> ".mp4";
            case "video/quicktime" -> ".mov";
            case "video/webm" -> ".webm";
            default -> "";
        };
    }
}
