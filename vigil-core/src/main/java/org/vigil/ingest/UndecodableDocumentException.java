package org.vigil.ingest;

/** Rejected because the bytes are not text in any charset the file declares. */
public final class UndecodableDocumentException extends DocumentRejectedException {
    public UndecodableDocumentException(String message) {
        super(message);
    }
}
