package org.vigil.ingest.posts;

import java.time.Instant;
import java.time.ZoneOffset;
import org.vigil.ingest.DocumentLoader;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Post;

/**
 * Makes a post a {@link Document} and puts a relayed post's figures in the origin's mouth. The document's id hashes
 * the post's address with its text, so the same post read again is the same document while two channels posting
 * one text stay two documents (the copy detector and the forward relation decide what they count for). Its source is
 * the post's address, its publisher the channel or account, its date the post's UTC day with the exact time as its
 * phrase ({@code 2022-09-21T18:04:11Z}: a {@link DateRange} holds whole days).
 */
public final class PostDocuments {
    private PostDocuments() {
    }

    /** The document of a post; {@code affiliation} is the publisher's (from the export's sidecar), or null. */
    public static Document document(PostEntry e, String affiliation) {
        Post p = e.post();
        String id = DocumentLoader.contentId(p.url() + "\n" + e.text());
        DateRange day = DateRange.day(p.postedAt().atOffset(ZoneOffset.UTC).toLocalDate(), p.postedAt().toString());
        return new Document(id, p.url(), e.publisher(), affiliation, day, Instant.now(), e.text(), null, null);
    }

    /**
     * The analysis of a post with its figures relayed: in a forward or a repost, a figure the text gives no speaker for
     * is the origin's claim, relayed by the account that passed it on; a figure the text attributes to someone keeps
     * that speaker, relayed by the account. Other posts (own, quotes) are left as they are.
     */
    public static Analysis relayed(Analysis a, Post post) {
        if (post == null || !post.relation().passesOn()) {
            return a;
        }
        String relay = a.document().publisher();
        String origin = post.origin() != null ? post.origin() : "an account hidden by the forward";
        return new Analysis(a.document(), a.mentions(), a.claims().stream().map(c -> relay != null && relay.equals(c.claimant())
                && c.claimantVia() == null ? new Claim(c.kind(), c.low(), c.high(), origin, relay, c.hedge(), c.documentId(),
                c.quote(), c.quoteSpan(), c.mentionId()) : c).toList());
    }
}
