package org.vigil.ingest;

/** Rejected because the file is empty or holds only white space. */
public final class EmptyDocumentException extends DocumentRejectedException {
    public EmptyDocumentException(String message) {
        super(message);
    }
}
