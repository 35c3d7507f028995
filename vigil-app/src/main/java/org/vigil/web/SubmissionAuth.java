package org.vigil.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.vigil.review.Accounts;
import org.vigil.review.Reviewer;
import org.vigil.review.Role;

/**
 * Who may submit a witness report: anyone holding the deployment's submission key ({@code X-Submission-Key},
 * compared in constant time, digest against digest), or a team member whose own token ({@code Authorization: Bearer}) is a coder's or above.
 * Reading a submitter's contact needs an admin's token.
 */
final class SubmissionAuth {
    static final String KEY_HEADER = "X-Submission-Key";
    private final byte[] key;
    private final Accounts accounts;

    SubmissionAuth(String key, Accounts accounts) {
        this.key = key == null ? null : digest(key);
        this.accounts = accounts;
    }

    /** How the submission came: "submission key" or "user NAME"; 401 or 403 otherwise. */
    String submitter(Context ctx) {
        String given = ctx.header(KEY_HEADER);
        if (given != null) {
            if (key == null || !MessageDigest.isEqual(digest(given.trim()), key)) {
                throw new ApiException(401, "the submission key is not valid");
            }
            return "submission key";
        }
        Reviewer r = user(ctx).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new ApiException(401, "a submission needs the " + KEY_HEADER + " header or a team member's bearer token");
        });
        if (!r.role().atLeast(Role.CODER)) {
            throw new ApiException(403, r.name() + " is a " + r.role().code() + "; submitting needs a coder or above");
        }
        return "user " + r.name();
    }

    /** Keys are compared as SHA-256 digests: equal lengths, so the comparison's time tells nothing of the key. */
    private static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    void requireAdmin(Context ctx) {
        Reviewer r = user(ctx).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new ApiException(401, "this needs an admin's bearer token");
        });
        if (!r.role().atLeast(Role.ADMIN)) {
            throw new ApiException(403, r.name() + " is a " + r.role().code() + "; a submitter's contact is for admins only");
        }
    }

    private Optional<Reviewer> user(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Optional<Reviewer> r = accounts.authenticate(h.substring(7).trim(), "api");
        if (r.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new ApiException(401, "the bearer token is not a user's token");
        }
        return r;
    }
}
