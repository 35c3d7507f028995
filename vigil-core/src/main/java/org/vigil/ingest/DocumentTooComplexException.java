package org.vigil.ingest;

/** The page nests its markup too deep to be parsed in reasonable time and memory. */
public final class DocumentTooComplexException extends DocumentRejectedException {
    public DocumentTooComplexException(String message) {
        super(message);
    }
}
