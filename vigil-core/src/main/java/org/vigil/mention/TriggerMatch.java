package org.vigil.mention;

import org.vigil.model.Span;

/** A trigger found in a sentence: where, and which entry. */
public record TriggerMatch(Span span, Trigger trigger) {
}
