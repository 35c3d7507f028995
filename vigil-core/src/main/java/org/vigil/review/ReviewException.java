package org.vigil.review;

/**
 * A review operation refused, with nothing changed: {@code code} is stable for clients (reason_required, locked,
 * unknown_event, role_too_low, sealed, bad_value, conflict, unknown_user), the message says what to do.
 */
public final class ReviewException extends RuntimeException {
    private final String code;

    public ReviewException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ReviewException badValue(String what, String value, String expected) {
        return new ReviewException("bad_value", "'" + value + "' is not a " + what + "; expected one of: " + expected);
    }

    static ReviewException unknownEvent(String id) {
        return new ReviewException("unknown_event", "no event '" + id + "'");
    }
}
