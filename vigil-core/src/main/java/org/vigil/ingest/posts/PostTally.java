package org.vigil.ingest.posts;

/**
 * What a reader met in one file: posts handed on, service messages skipped (joins, pins, title changes), posts
 * without text skipped (a photo or a file alone gives the pipeline nothing to read), bad posts reported, and how
 * many of the posts handed on relay another account's (forwards, reposts, quotes).
 */
public record PostTally(int posts, int service, int withoutText, int bad, int relayed) {
    /** The counts as one line for the user. */
    public String line() {
        return posts + " posts (" + relayed + " relaying another account's); skipped: " + service + " service, "
                + withoutText + " without text; " + bad + " bad";
    }
}
