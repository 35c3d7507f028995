package org.vigil.ingest;

/** Rejected because the file is larger than the limit. */
public final class DocumentTooLargeException extends DocumentRejectedException {
    public DocumentTooLargeException(String message) {
        super(message);
    }
}
