package org.vigil.review;

import java.util.List;
import java.util.Objects;
import org.vigil.corpus.EventIdentity;
import org.vigil.model.Event;
import org.vigil.store.EventStore;

/**
 * Reverting and the judgements on documents: a revert is a new operation that undoes an earlier one (an edit,
 * verify, reject, merge or split), logged with the row it reverts; nothing is erased. Marking two documents as
 * copies (or as independent) overrides the copy detector and re-derives the events.
 */
public final class ReviewHistory {
    private final EventStore store;
    private final ReviewDesk desk;
    private final Runnable rederive;
    private final java.time.Clock clock;

    public ReviewHistory(EventStore store, ReviewDesk desk, Runnable rederive, java.time.Clock clock) {
        this.store = store;
        this.desk = desk;
        this.rederive = rederive;
        this.clock = clock;
    }

    /** Undoes log row {@code seq} with a new operation; returns the review it leaves. */
    public EventReview revert(Reviewer who, long seq, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("reason_required", "a revert needs a reason (--reason)");
        }
        LogEntry row = store.reviews().log().stream().filter(r -> r.seq() == seq).findFirst()
                .orElseThrow(() -> new ReviewException("unknown_event", "no log row " + seq));
        String why = "revert of #" + seq + ": " + reason;
        return switch (row.operation()) {
            case "edit" -> revertEdit(who, row, why);
            case "verify", "reject" -> desk.reopen(who, row.target(), why);
            case "merge" -> {
                EventReview merged = store.reviews().review(row.target()).orElseThrow();
                yield desk.split(who, row.after(), merged.sealedMentions(), why);
            }
            case "split" -> desk.merge(who, row.after().split(" <- ")[0], row.target(), why);
            default -> throw new ReviewException("conflict", "a '" + row.operation() + "' is not reverted; "
                    + "edit, verify, reject, merge and split are");
        };
    }

    private EventReview revertEdit(Reviewer who, LogEntry row, String why) {
        Event e = store.event(desk.current(row.target()).eventId())
                .orElseThrow(() -> ReviewException.unknownEvent(row.target()));
        if (row.before() == null || Objects.equals(row.before(), ReviewFields.machine(row.field(), e))) {
            return desk.resolve(who, e.id(), row.field(), true, why); // there was no pin: the machine's value again
        }
        return desk.edit(who, e.id(), row.field(), row.before(), why);
    }

    /** Marks two documents as copies ({@code true}), as independent ({@code false}), or back to the detector ({@code null}). */
    public void judgeCopies(Reviewer who, String documentA, String documentB, Boolean isCopy, String reason) {
        if (!who.role().atLeast(Role.REVIEWER)) {
            throw new ReviewException("role_too_low", who.name() + " is a " + who.role().code() + "; this needs a reviewer or above");
        }
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("reason_required", "marking copies needs a reason (--reason)");
        }
        for (String d : List.of(documentA, documentB)) {
            if (store.document(d).isEmpty()) {
                throw new ReviewException("unknown_event", "no document '" + d + "'");
            }
        }
        if (documentA.equals(documentB)) {
            throw new ReviewException("bad_value", "a document is not a copy of itself");
        }
        String pair = EventIdentity.pair(documentA, documentB);
        String before = String.valueOf(store.reviews().copyJudgements().get(pair));
        store.reviews().judgeCopies(pair, isCopy, new LogEntry(0, clock.instant().toString(), who.name(), "copies", pair,
                "is_copy", before, String.valueOf(isCopy), reason, who.client(), null, null));
        rederive.run();
    }
}
