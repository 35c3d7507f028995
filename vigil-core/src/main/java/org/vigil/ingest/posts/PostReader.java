package org.vigil.ingest.posts;

import java.nio.file.Path;

/**
 * Reads one platform's export (a Telegram chat's {@code result.json}, an X archive's {@code tweets.js}) post by post
 * with a streaming parser. A bad post is reported to the sink and skipped; the others go on.
 */
public interface PostReader {
    /**
     * Hands every post of the file to the sink, in file order.
     *
     * @return what was read and skipped, when the file was read to its end
     * @throws PostFileException when the file is not an export of this kind, cannot be read, or ends early (the posts
     *                           before the fault were handed on)
     */
    PostTally read(Path file, PostSink sink) throws PostFileException;
}
