package org.vigil.web;

/**
 * How the server runs: the address it binds (loopback unless told otherwise), the port (0 picks a free one),
 * the bearer token that writes need (null: the server is read-only) and the largest request body accepted.
 */
public record ServerSettings(String host, int port, String token, long maxBodyBytes) {
    public static final long DEFAULT_MAX_BODY = 5L * 1024 * 1024;

    public ServerSettings {
        if (token != null && token.isBlank()) {
            throw new IllegalArgumentException("the token file is empty");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be positive");
        }
    }

    public static ServerSettings loopback(int port) {
        return new ServerSettings("127.0.0.1", port, null, DEFAULT_MAX_BODY);
    }

    public ServerSettings withToken(String t) {
        return new ServerSettings(host, port, t, maxBodyBytes);
    }

    public boolean readOnly() {
        return token == null;
    }
}
