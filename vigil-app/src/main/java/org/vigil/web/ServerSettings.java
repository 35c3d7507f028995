package org.vigil.web;

/**
 * How the server runs: the address it binds (loopback unless told otherwise), the port (0 picks a free one),
 * the bearer token that document writes need (null: read-only; review operations take users' own tokens), the
 * largest request body accepted, the team's review policy (lock minutes, two-person rule), the request rate
 * allowed per client address, and the deployment's submission key (null: only team members' tokens may submit
 * witness reports).
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes,
                             org.vigil.review.ReviewPolicy reviewPolicy, int requestsPerSecond, String submissionKey) {
    /** Requests a second one client address may make on average (bursts up to twice that); 0: no limit. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 200;

    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerSettings(String host, int port, String token, long maxBodyBytes) {
        this(host, port, token, maxBodyBytes, org.vigil.review.ReviewPolicy.DEFAULT, DEFAULT_REQUESTS_PER_SECOND, null);
    }

    public ServerSettings {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token file is empty");
        }
        if (submissionKey != null && submissionKey.isBlank()) {
            throw new IllegalArgumentException("the submission key file is empty");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be positive");
        }
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, DEFAULT_MAX_BODY);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(host, port, t, maxBodyBytes, reviewPolicy, requestsPerSecond, submissionKey);
    }

    public ServerSettings withReviewPolicy(org.vigil.review.ReviewPolicy p) {
        return new ServerSettings(host, port, token, maxBodyBytes, p, requestsPerSecond, submissionKey);
    }

    public ServerSettings withRequestsPerSecond(int r) {
        return new ServerSettings(host, port, token, maxBodyBytes, reviewPolicy, r, submissionKey);
    }

    public ServerSettings withSubmissionKey(String key) {
        return new ServerSettings(host, port, token, maxBodyBytes, reviewPolicy, requestsPerSecond, key);
    }

    public boolean readOnly() {
        return token == null;
    }
}
