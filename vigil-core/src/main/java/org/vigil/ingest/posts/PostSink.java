package org.vigil.ingest.posts;

/** Where a {@link PostReader} hands what it reads, post by post, so an export is never held whole. */
public interface PostSink {
    /** A post with text. */
    void post(PostEntry entry);

    /** A post that cannot be read ({@code where}: the file and the message id or position); the others go on. */
    void bad(String where, String reason);

    /** Something worth telling that loses nothing (an entity type this build does not know, whose text was kept). */
    void note(String where, String message);
}
