package org.vigil.web;

/** A request the API refuses, with the HTTP status and a message meant for the person who sent it. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message);
        this.status = status;
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
