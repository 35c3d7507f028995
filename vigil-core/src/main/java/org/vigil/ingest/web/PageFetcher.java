package org.vigil.ingest.web;

/**
 * Fetches pages over HTTP politely: a proper User-Agent, timeouts on connecting and on the whole exchange,
 * redirects followed within a limit (a loop is an error), robots.txt respected, a delay between requests to one
 * host. Implementations are thread-safe.
 */
public interface PageFetcher {

    /** The page at the URL, after redirects; an error status, a timeout or a robots.txt refusal throws. */
    WebPage fetch(String url) throws FetchException;
}
