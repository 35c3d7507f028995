package org.vigil.model;

/** A reference to a document as evidence: content hash, source path or URL, publisher, publication date. */
public record DocumentRef(String id, String source, String publisher, DateRange published) {
}
