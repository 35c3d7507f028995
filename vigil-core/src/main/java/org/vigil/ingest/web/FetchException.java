package org.vigil.ingest.web;

import org.vigil.ingest.DocumentRejectedException;

/** A URL that could not be fetched: timeout, refused by robots.txt, redirect loop, HTTP error, not a page. */
public final class FetchException extends DocumentRejectedException {
    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
