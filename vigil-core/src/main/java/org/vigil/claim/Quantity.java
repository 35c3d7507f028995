package org.vigil.claim;

import org.vigil.model.Span;

/** A number as written ("more than 30,000", "dozens", "four") read as a range; {@code high == null}: unbounded. */
public record Quantity(Span span, Long low, Long high, String hedge, String text) {
}
