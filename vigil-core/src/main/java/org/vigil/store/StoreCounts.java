package org.vigil.store;

/** How much the store holds. */
public record StoreCounts(long documents, long mentions, long claims, long events) {
}
