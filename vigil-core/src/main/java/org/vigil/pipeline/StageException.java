package org.vigil.pipeline;

/** A stage could not process a document; the document is reported and skipped, the run goes on. */
public class StageException extends Exception {
    public StageException(String message) {
        super(message);
    }

    public StageException(String message, Throwable cause) {
        super(message, cause);
    }
}
