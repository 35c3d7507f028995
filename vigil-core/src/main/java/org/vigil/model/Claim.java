package org.vigil.model;

/**
 * A figure as somebody claims it: a range {@code low..high} ({@code high == null}: no upper bound),
 * who claims it (never empty: the publisher when the outlet states it itself), who relays it, the hedge,
 * the document, the exact quote and its span, and the mention (event) it describes.
 */
public record Claim(ClaimKind kind, Long low, Long high, String claimant, String claimantVia, String hedge,
                    String documentId, String quote, Span quoteSpan, String mentionId) {
    public Claim {
        if (claimant == null || claimant.isBlank()) {
            throw new IllegalArgumentException("a claim needs a claimant");
        }
    }

    /** True when the two ranges share at least one value. */
    public boolean agreesWith(Claim o) {
        long lo1 = low == null ? 0 : low;
        long lo2 = o.low == null ? 0 : o.low;
        long hi1 = high == null ? Long.MAX_VALUE : high;
        long hi2 = o.high == null ? Long.MAX_VALUE : o.high;
        return lo1 <= hi2 && lo2 <= hi1;
    }

    public Claim withMention(String id) {
        return new Claim(kind, low, high, claimant, claimantVia, hedge, documentId, quote, quoteSpan, id);
    }
}
