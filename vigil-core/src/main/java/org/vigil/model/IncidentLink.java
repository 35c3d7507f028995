package org.vigil.model;

/**
 * One step of an incident chain: the event {@code toEventId} followed from {@code fromEventId} in the same
 * place and period. {@code relation} names the step in the field's words (repression, reaction, restriction,
 * continuation); {@code reason} says in words which places, dates and types made the link.
 */
public record IncidentLink(String fromEventId, String toEventId, String relation, String reason) {
}
