package org.vigil.classify;

/** A figure as {@code vigil classify} prints it: kind, range, claimant (null: the text itself), hedge, quote. */
public record ClaimSummary(String kind, Long low, Long high, String claimant, String hedge, String quote) {
}
