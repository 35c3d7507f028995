package org.vigil.model;

import java.util.List;

/** What the per-document pipeline produced for one document: the document with its clean text, mentions, claims. */
public record Analysis(Document document, List<Mention> mentions, List<Claim> claims) {
    public Analysis {
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }
}
