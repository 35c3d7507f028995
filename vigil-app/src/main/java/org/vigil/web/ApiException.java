package org.vigil.web;

/** A request the API refuses, with the HTTP status and a message meant for the person who sent it. */
final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    ApiException(int status, String message) {
        this(status, null, message);
    }

    /** @param code a stable code clients can act on (review refusals: locked, sealed, reason_required, ...) */
    ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String what) {
        return new ApiException(404, what + " not found");
    }
}
