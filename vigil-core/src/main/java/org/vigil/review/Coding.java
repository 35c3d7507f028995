package org.vigil.review;

/** One coder's blind value of one field of one event, for inter-coder agreement. */
public record Coding(String eventId, String coder, String field, String value, String at) {
}
