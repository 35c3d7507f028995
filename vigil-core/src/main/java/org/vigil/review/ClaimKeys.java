package org.vigil.review;

import org.vigil.model.Claim;

/** A claim's stable key: its document, the start of its quote and its kind ("doc-1@120:killed"). */
public final class ClaimKeys {
    private ClaimKeys() {
    }

    public static String of(Claim c) {
        return c.documentId() + "@" + c.quoteSpan().start() + ":" + c.kind().name().toLowerCase(java.util.Locale.ROOT);
    }
}
