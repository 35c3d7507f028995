package org.vigil.ingest;

/** Rejected because the file is binary, not text. */
public final class BinaryDocumentException extends DocumentRejectedException {
    public BinaryDocumentException(String message) {
        super(message);
    }
}
