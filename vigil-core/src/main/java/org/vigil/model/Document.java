package org.vigil.model;

import java.time.Instant;

/**
 * One ingested report. Its id is a hash of the normalised content, so re-ingesting the same text adds nothing.
 * {@code published} may be null (unknown) or coarse (year precision, from a copyright line).
 */
public record Document(String id, String source, String publisher, String affiliation, DateRange published,
                       Instant ingestedAt, String rawText, String cleanText, String title) {

    /** The same document with this clean text; a null title keeps the current one. */
    public Document withClean(String clean, String newTitle) {
        return new Document(id, source, publisher, affiliation, published, ingestedAt, rawText, clean,
                newTitle != null ? newTitle : title);
    }

    /** The same document without its raw text (for work that needs only the clean text and metadata). */
    public Document withoutRawText() {
        return new Document(id, source, publisher, affiliation, published, ingestedAt, "", cleanText, title);
    }

    public Document withPublished(DateRange p) {
        return new Document(id, source, publisher, affiliation, p, ingestedAt, rawText, cleanText, title);
    }

    public Document withPublisher(String p) {
        return new Document(id, source, p, affiliation, published, ingestedAt, rawText, cleanText, title);
    }

    /** The short reference that exports and claims carry. */
    public DocumentRef ref() {
        return new DocumentRef(id, source, publisher, published == null ? null : published);
    }
}
