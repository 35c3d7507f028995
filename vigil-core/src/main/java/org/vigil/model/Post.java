package org.vigil.model;

import java.time.Instant;

/**
 * A document that is a post on a platform (a Telegram channel or group, an X account): where and when it was posted,
 * and whose post it relays. A forward or a repost names its {@code origin}, the account whose post it passes on; its
 * own figures are the origin's, relayed by the account, and it never counts as a source independent of the origin.
 * {@code postedAt} keeps the exact time (a document's {@code published} holds whole days).
 *
 * @param documentId the document this post became
 * @param platform   {@code telegram} or {@code x}
 * @param account    who posted it: the channel's public username (else its name), the X username, a group member
 * @param postId     the message or tweet id within its chat or account
 * @param url        the stable address: {@code https://t.me/CHANNEL/ID}, {@code telegram:CHAT/ID}, {@code https://x.com/USER/status/ID}
 * @param origin     the account whose post this relays (a forward's {@code forwarded_from}, a retweet's {@code @user}); null for the account's own
 * @param replyTo    the id of the post this answers, or null
 * @param media      the kind of media attached (photo, video_file, ...), or null
 * @param latitude   a location the post carries, or null
 */
public record Post(String documentId, String platform, String account, String postId, String url, Instant postedAt,
                   Relation relation, String origin, String replyTo, String media, Double latitude, Double longitude,
                   boolean edited) {
    /** How a post stands to another account's post. */
    public enum Relation {
        /** The account's own post. */
        OWN,
        /** A Telegram forward: the origin's post passed on unchanged. */
        FORWARD,
        /** An X retweet ("RT @user: ..."). */
        REPOST,
        /** An X quote: the account's comment on the origin's post. */
        QUOTE;

        /** True when the post passes the origin's words on as they are (its figures are the origin's). */
        public boolean passesOn() {
            return this == FORWARD || this == REPOST;
        }
    }

    public Post {
        if (relation == null) {
            throw new IllegalArgumentException("a post needs a relation (OWN for the account's own)");
        }
    }

    /** True when the post relays another account's post (a forward, a repost, a quote), so it is not a source of its own. */
    public boolean relays() {
        return relation != Relation.OWN && origin != null;
    }

    public Post withDocument(String id) {
        return new Post(id, platform, account, postId, url, postedAt, relation, origin, replyTo, media, latitude, longitude,
                edited);
    }
}
