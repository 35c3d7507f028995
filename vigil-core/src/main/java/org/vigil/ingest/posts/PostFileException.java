package org.vigil.ingest.posts;

import org.vigil.ingest.DocumentRejectedException;

/** An export that cannot be read (or read to its end); the message names the file and what is wrong. */
public class PostFileException extends DocumentRejectedException {
    public PostFileException(String message) {
        super(message);
    }

    public PostFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
