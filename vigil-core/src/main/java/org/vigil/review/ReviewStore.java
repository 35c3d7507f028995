package org.vigil.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where people's judgements live, apart from the derived record: event reviews, mentions placed in events by a
 * merge or a split, claim states, users, and the append-only log. Re-deriving events never writes here except
 * through {@link #commit} with the pipeline as actor.
 */
public interface ReviewStore {
    Optional<EventReview> review(String eventId);

    /** Every event review, by event id. */
    List<EventReview> reviews();

    /** Mention id to the event id a reviewer placed it in. */
    Map<String, String> placements();

    /** Claim key ({@link ClaimKeys#of}) to its state; claims absent are unreviewed. */
    Map<String, ClaimState> claimStates();

    List<User> users();

    Optional<User> userByTokenHash(String tokenHash);

    /** The whole log, oldest first. */
    List<LogEntry> log();

    /** The log rows about one target (an event id, a claim key, a user name), oldest first. */
    List<LogEntry> log(String target);

    /** Pairs of documents ({@code EventIdentity.pair}) a reviewer marked as copies (true) or independent (false). */
    Map<String, Boolean> copyJudgements();

    /** Marks a pair as copies or independent ({@code null}: back to the detector's finding), with its log row. */
    void judgeCopies(String pair, Boolean isCopy, LogEntry entry);

    /** Every blind coding, by event, field and coder. */
    List<Coding> codings();

    /** Stores a blind coding and its log row (which says a coding was made, never its value) in one transaction. */
    void code(Coding coding, LogEntry entry);

    /** Every release, oldest first, with its files. */
    List<Release> releases();

    /** Stores a release with its files in one transaction; a release is never changed after. */
    void saveRelease(Release release, LogEntry entry);

    /**
     * Writes one operation in one transaction: all of it or nothing. The entries get the next sequence numbers and
     * are chained to the last row's hash.
     */
    void commit(ReviewChange change);
}
