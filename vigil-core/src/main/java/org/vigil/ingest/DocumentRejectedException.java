package org.vigil.ingest;

/** A document that cannot be ingested; its message is the one-line reason shown to the user. */
public class DocumentRejectedException extends Exception {
    public DocumentRejectedException(String message) {
        super(message);
    }

    public DocumentRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
