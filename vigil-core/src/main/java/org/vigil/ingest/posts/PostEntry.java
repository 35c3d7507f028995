package org.vigil.ingest.posts;

import org.vigil.model.Post;

/**
 * One post as a reader found it, before it is a document: its text (entities joined), who published it (the channel,
 * the group member, the X account) and its {@link Post} record (without a document id yet).
 */
public record PostEntry(String text, String publisher, Post post) {
}
