package org.vigil.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Writes need {@code Authorization: Bearer <token>}; with no token configured the server is read-only. */
final class BearerAuth {
    private final byte[] token;

    BearerAuth(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void requireWriter(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "this server is read-only: start it with --token-file to allow writes");
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "writes need an 'Authorization: Bearer <token>' header");
        }
        byte[] given = h.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "the bearer token is not valid");
        }
    }
}
