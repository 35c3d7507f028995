package org.vigil.ingest;

/** Rejected because the file cannot be read. */
public final class UnreadableDocumentException extends DocumentRejectedException {
    public UnreadableDocumentException(String message) {
        super(message);
    }
}
