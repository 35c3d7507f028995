package org.vigil.time;

import org.vigil.model.DateRange;
import org.vigil.model.Span;

/**
 * A time expression found in the clean text and resolved to whole days. {@code pastFramed} is true when the
 * text frames it as past history ("in 1988", "last year's uprising", "the anniversary of").
 */
public record TimeMention(Span span, String text, DateRange range, boolean pastFramed) {
}
