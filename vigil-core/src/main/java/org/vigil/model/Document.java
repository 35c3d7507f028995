package org.vigil.model;

import java.time.Instant;

/**
 * One ingested report. Its id is a hash of the normalised content, so re-ingesting the same text adds nothing.
 * {@code published} may be null (unknown) or coarse (year precision, from a copyright line). {@code language} is the
 * ISO 639-1 code of the language it is written in ("en", "fa", "ar", ...; "und" when it cannot be told), or null
 * before the language stage has read it (and for documents stored before languages were recorded).
 */
public record Document(String id, String source, String publisher, String affiliation, DateRange published,
                       Instant ingestedAt, String rawText, String cleanText, String title, String language) {

    /** A document whose language is not read yet. */
    public Document(String id, String source, String publisher, String affiliation, DateRange published,
                    Instant ingestedAt, String rawText, String cleanText, String title) {
        this(id, source, publisher, affiliation, published, ingestedAt, rawText, cleanText, title, null);
    }

    /** The same document with this clean text; a null title keeps the current one. */
    public Document withClean(String clean, String newTitle) {
        return new Document(id, source, publisher, affiliation, published, ingestedAt, rawText, clean,
                newTitle != null ? newTitle : title, language);
    }

    /** The same document without its raw text (for work that needs only the clean text and metadata). */
    public Document withoutRawText() {
        return new Document(id, source, publisher, affiliation, published, ingestedAt, "", cleanText, title, language);
    }

    public Document withPublished(DateRange p) {
        return new Document(id, source, publisher, affiliation, p, ingestedAt, rawText, cleanText, title, language);
    }

    public Document withPublisher(String p) {
        return new Document(id, source, p, affiliation, published, ingestedAt, rawText, cleanText, title, language);
    }

    /** The same document marked as written in this language (an ISO 639-1 code, or "und"). */
    public Document withLanguage(String code) {
        return new Document(id, source, publisher, affiliation, published, ingestedAt, rawText, cleanText, title, code);
    }

    /** The short reference that exports and claims carry. */
    public DocumentRef ref() {
        return new DocumentRef(id, source, publisher, published == null ? null : published);
    }
}
