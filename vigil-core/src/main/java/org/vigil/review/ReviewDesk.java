package org.vigil.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.model.Claim;
import org.vigil.model.Event;
import org.vigil.store.EventStore;

/**
 * The review operations on events and claims. Each checks the reviewer's role, the lock, the seal and the reason,
 * then writes the review and its log row in one transaction; a refused operation changes nothing and says why
 * ({@link ReviewException}). Merges and splits place mentions and re-derive the events.
 */
public final class ReviewDesk {
    /** Reasons a reviewer may give for rejecting an event. */
    public static final Set<String> REJECT_REASONS = Set.of("not_an_event", "off_topic", "duplicate", "historical",
            "insufficient_evidence", "other");
    private final EventStore events;
    private final ReviewStore reviews;
    private final Runnable rederive;
    private final Clock clock;
    private final ReviewPolicy policy;

    /**
     * @param rederive re-derives the events from the stored analyses with the current placements (after a merge
     *                 or a split)
     */
    public ReviewDesk(EventStore events, Runnable rederive, Clock clock, ReviewPolicy policy) {
        this.events = events;
        this.reviews = events.reviews();
        this.rederive = rederive;
        this.clock = clock;
        this.policy = policy;
    }

    /** Takes an event into review: its assignee holds the lock for the policy's minutes. */
    public EventReview assign(Reviewer who, String eventId, String assignee) {
        require(who, Role.CODER);
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        if (r.state() == ReviewState.VERIFIED || r.state() == ReviewState.MERGED) {
            throw sealed(r);
        }
        String to = assignee == null ? who.name() : assignee;
        EventReview next = r.with(ReviewState.IN_REVIEW, to, lockUntil(), r.reason());
        commit(next, entry(who, "assign", eventId, "assignee", r.assignee(), to, null));
        return next;
    }

    /** Gives up an event's lock (the assignee, or an admin), so another reviewer can take it or verify it. */
    public EventReview release(Reviewer who, String eventId) {
        require(who, Role.CODER);
        EventReview r = current(eventId);
        if (!who.role().atLeast(Role.ADMIN)) {
            notLockedByOther(who, r);
        }
        EventReview next = r.with(r.state(), null, null, r.reason());
        commit(next, entry(who, "release", r.eventId(), "assignee", r.assignee(), null, null));
        return next;
    }

    /** Pins a field to the reviewer's value, with a reason; the machine's value is kept beside it. */
    public EventReview edit(Reviewer who, String eventId, String field, String value, String reason) {
        require(who, Role.CODER);
        needReason(reason);
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        if (r.state() == ReviewState.VERIFIED || r.state() == ReviewState.REJECTED || r.state() == ReviewState.MERGED) {
            throw sealed(r);
        }
        Event e = event(eventId);
        String v = ReviewFields.check(field, value, e);
        String before = r.pins().containsKey(field) ? r.pins().get(field) : ReviewFields.machine(field, e);
        EventReview next = pin(r, field, v, ReviewFields.machine(field, e));
        if (next.state() == ReviewState.AUTO) {
            next = next.with(ReviewState.IN_REVIEW, who.name(), lockUntil(), next.reason());
        }
        commit(next, entry(who, "edit", eventId, field, before, v, reason));
        return next;
    }

    /** Takes the machine's value for a pinned field ({@code accept}) or keeps the pin, and closes the task about it. */
    public EventReview resolve(Reviewer who, String eventId, String field, boolean accept, String reason) {
        require(who, Role.REVIEWER);
        needReason(reason);
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        Event e = event(eventId);
        Map<String, String> pins = new LinkedHashMap<>(r.pins());
        Map<String, String> over = new LinkedHashMap<>(r.pinnedOver());
        String before = pins.get(field);
        if (accept) {
            pins.remove(field);
            over.remove(field);
        } else if (before != null) {
            over.put(field, ReviewFields.machine(field, e));
        }
        List<String> tasks = r.tasks().stream().filter(t -> !t.startsWith(field + ":")).toList();
        EventReview next = r.withPins(pins, over).withFlags(r.secondOpinion(), r.published(), r.stale(), tasks);
        commit(next, entry(who, accept ? "accept_machine" : "keep_pin", eventId, field, before,
                accept ? ReviewFields.machine(field, e) : before, reason));
        return next;
    }

    /** Marks an event verified and seals it on its present reports. */
    public EventReview verify(Reviewer who, String eventId, String reason) {
        require(who, Role.REVIEWER);
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        if (r.state() == ReviewState.VERIFIED && !r.stale() || r.state() == ReviewState.MERGED) {
            throw sealed(r);
        }
        if (policy.twoPersonRule() && who.name().equals(lastEditor(eventId))) {
            throw new ReviewException("two_person", "the two-person rule is on: " + who.name()
                    + " made the last edit of " + eventId + ", so another reviewer must verify it");
        }
        Event e = event(eventId);
        EventReview next = r.with(ReviewState.VERIFIED, null, null, reason).sealed(e.mentionIds());
        commit(next, entry(who, "verify", eventId, "state", r.state().code(), "verified", reason));
        return next;
    }

    /** Rejects an event with a reason code ({@link #REJECT_REASONS}) and a reason. */
    public EventReview reject(Reviewer who, String eventId, String code, String reason) {
        require(who, Role.REVIEWER);
        needReason(reason);
        if (code == null || !REJECT_REASONS.contains(code)) {
            throw ReviewException.badValue("reject reason code", String.valueOf(code), String.join(", ", new TreeSet<>(REJECT_REASONS)));
        }
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        if (r.state() == ReviewState.MERGED) {
            throw sealed(r);
        }
        event(eventId);
        EventReview next = r.with(ReviewState.REJECTED, null, null, code + ": " + reason);
        commit(next, entry(who, "reject", eventId, "state", r.state().code(), "rejected:" + code, reason));
        return next;
    }

    /** Opens a verified or rejected event again, with a reason. */
    public EventReview reopen(Reviewer who, String eventId, String reason) {
        require(who, Role.REVIEWER);
        needReason(reason);
        EventReview r = current(eventId);
        eventId = r.eventId();
        if (r.state() != ReviewState.VERIFIED && r.state() != ReviewState.REJECTED) {
            throw new ReviewException("conflict", eventId + " is " + r.state().code() + ": only a verified or rejected event is reopened");
        }
        EventReview next = r.with(ReviewState.IN_REVIEW, who.name(), lockUntil(), reason);
        commit(next, entry(who, "reopen", eventId, "state", r.state().code(), "in_review", reason));
        return next;
    }

    /** Sets the second-opinion or the published flag; only a verified event is published. */
    public EventReview flag(Reviewer who, String eventId, String flag, boolean on, String reason) {
        require(who, Role.REVIEWER);
        EventReview r = current(eventId);
        eventId = r.eventId();
        event(eventId);
        if (flag.equals("published") && on && r.state() != ReviewState.VERIFIED) {
            throw new ReviewException("conflict", eventId + " is " + r.state().code() + ": only a verified event is published");
        }
        if (!flag.equals("published") && !flag.equals("needs_second_opinion")) {
            throw ReviewException.badValue("flag", flag, "needs_second_opinion, published");
        }
        boolean second = flag.equals("published") ? r.secondOpinion() : on;
        boolean published = flag.equals("published") ? on : r.published();
        EventReview next = r.withFlags(second, published, r.stale(), r.tasks());
        commit(next, entry(who, "flag", eventId, flag, Boolean.toString(!on), Boolean.toString(on), reason));
        return next;
    }

    /**
     * A blind coding of one field (for inter-coder agreement): stored apart from pins, never shown to other coders;
     * the log records that it was made, not its value.
     */
    public void code(Reviewer who, String eventId, String field, String value) {
        require(who, Role.CODER);
        Event e = event(eventId);
        String v = ReviewFields.check(field, value, e);
        reviews.code(new Coding(eventId, who.name(), field, v, clock.instant().toString()),
                entry(who, "code", eventId, field, null, "(blind)", null));
    }

    /** A comment on an event, in its history. */
    public void comment(Reviewer who, String eventId, String text) {
        require(who, Role.CODER);
        needReason(text);
        EventReview r = current(eventId);
        eventId = r.eventId();
        event(eventId);
        commit(r, entry(who, "comment", eventId, null, null, text, null));
    }

    /** A reviewer's finding on one claim of an event. */
    public ClaimState claim(Reviewer who, String eventId, String claimKey, ClaimState state, String reason) {
        require(who, Role.CODER);
        if (state != ClaimState.QUOTE_CONFIRMED) {
            needReason(reason);
        }
        Event e = event(eventId);
        Claim c = e.claims().stream().filter(x -> ClaimKeys.of(x).equals(claimKey)).findFirst()
                .orElseThrow(() -> new ReviewException("unknown_claim", "event " + eventId + " has no claim '" + claimKey
                        + "'; its claims: " + e.claims().stream().map(ClaimKeys::of).toList()));
        ClaimState before = reviews.claimStates().getOrDefault(ClaimKeys.of(c), ClaimState.UNREVIEWED);
        reviews.commit(new ReviewChange(List.of(), Map.of(), Map.of(claimKey, state), List.of(),
                List.of(entry(who, "claim", claimKey, "state", before.code(), state.code(), reason))));
        return state;
    }

    /** Merges one event into another: the first's id then redirects to the second. */
    public EventReview merge(Reviewer who, String fromId, String intoId, String reason) {
        require(who, Role.REVIEWER);
        needReason(reason);
        if (fromId.equals(intoId)) {
            throw new ReviewException("conflict", "an event is not merged into itself");
        }
        EventReview from = current(fromId);
        EventReview into = current(intoId);
        notLockedByOther(who, from);
        notLockedByOther(who, into);
        for (EventReview r : List.of(from, into)) {
            if (r.state() == ReviewState.VERIFIED || r.state() == ReviewState.MERGED) {
                throw sealed(r);
            }
        }
        Map<String, String> placements = new HashMap<>();
        event(fromId).mentionIds().forEach(m -> placements.put(m, intoId));
        event(intoId).mentionIds().forEach(m -> placements.put(m, intoId));
        EventReview merged = from.merged(intoId, from.splitFrom()).sealed(event(fromId).mentionIds());
        reviews.commit(new ReviewChange(List.of(merged), placements, Map.of(), List.of(),
                List.of(entry(who, "merge", fromId, "merged_into", null, intoId, reason))));
        rederive.run();
        return merged;
    }

    /** Splits mentions out of an event into a new one, which records where it came from; returns the new review. */
    public EventReview split(Reviewer who, String eventId, List<String> mentionIds, String reason) {
        require(who, Role.REVIEWER);
        needReason(reason);
        EventReview r = current(eventId);
        eventId = r.eventId();
        notLockedByOther(who, r);
        if (r.state() == ReviewState.VERIFIED || r.state() == ReviewState.MERGED) {
            throw sealed(r);
        }
        Event e = event(eventId);
        Set<String> moved = new TreeSet<>(mentionIds);
        if (moved.isEmpty() || !e.mentionIds().containsAll(moved) || moved.containsAll(e.mentionIds())) {
            throw new ReviewException("bad_value", "split: name some, not all, of the event's mentions: " + e.mentionIds());
        }
        EventReview restored = reviews.reviews().stream().filter(m -> m.state() == ReviewState.MERGED
                && e.id().equals(m.mergedInto()) && new TreeSet<>(m.sealedMentions()).equals(moved)).findFirst().orElse(null);
        String newId = restored != null ? restored.eventId() // splitting out what a merge brought in undoes the merge
                : "ev-" + Hashes.sha256("split\n" + eventId + "\n" + String.join("\n", moved)).substring(0, 12);
        Map<String, String> placements = new HashMap<>();
        for (String m : e.mentionIds()) {
            placements.put(m, moved.contains(m) ? newId : e.id());
        }
        EventReview born = restored != null
                ? restored.merged(null, e.id()).with(ReviewState.IN_REVIEW, who.name(), lockUntil(), reason)
                : new EventReview(newId, ReviewState.IN_REVIEW, who.name(), lockUntil(), reason, null, e.id(),
                        false, false, false, Map.of(), Map.of(), List.of(), List.of());
        reviews.commit(new ReviewChange(List.of(born), placements, Map.of(), List.of(),
                List.of(entry(who, "split", eventId, "mentions", null, newId + " <- " + String.join(",", moved), reason))));
        rederive.run();
        return born;
    }

    /** The review of an event, following merges to the event it now lives in. */
    public EventReview current(String eventId) {
        String id = eventId;
        for (int hops = 0; hops < 16; hops++) {
            EventReview r = reviews.review(id).orElse(null);
            if (r == null) {
                if (events.event(id).isEmpty()) {
                    throw ReviewException.unknownEvent(eventId);
                }
                return EventReview.untouched(id);
            }
            if (r.mergedInto() == null || r.state() != ReviewState.MERGED) {
                return r;
            }
            id = r.mergedInto();
        }
        throw new ReviewException("conflict", "merges of " + eventId + " go in a circle");
    }

    private Event event(String id) {
        return events.event(id).orElseThrow(() -> ReviewException.unknownEvent(id));
    }

    private static EventReview pin(EventReview r, String field, String value, String machine) {
        Map<String, String> pins = new LinkedHashMap<>(r.pins());
        Map<String, String> over = new LinkedHashMap<>(r.pinnedOver());
        pins.put(field, value);
        if (machine == null) {
            over.remove(field);
        } else {
            over.put(field, machine);
        }
        return r.withPins(pins, over);
    }

    private String lastEditor(String eventId) {
        List<LogEntry> rows = new ArrayList<>(reviews.log(eventId));
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (Set.of("edit", "merge", "split", "accept_machine", "keep_pin").contains(rows.get(i).operation())) {
                return rows.get(i).actor();
            }
        }
        return null;
    }

    private void notLockedByOther(Reviewer who, EventReview r) {
        if (r.assignee() != null && !r.assignee().equals(who.name()) && r.lockedUntil() != null
                && Instant.parse(r.lockedUntil()).isAfter(clock.instant())) {
            throw new ReviewException("locked", r.eventId() + " is locked by " + r.assignee() + " until " + r.lockedUntil()
                    + "; ask them, or wait for the lock to expire");
        }
    }

    private static ReviewException sealed(EventReview r) {
        return new ReviewException("sealed", r.eventId() + " is " + r.state().code()
                + (r.mergedInto() != null ? " into " + r.mergedInto() : "") + ": reopen it, with a reason, to change it");
    }

    private static void require(Reviewer who, Role role) {
        if (!who.role().atLeast(role)) {
            throw new ReviewException("role_too_low", who.name() + " is a " + who.role().code() + "; this needs a "
                    + role.code() + " or above");
        }
    }

    private static void needReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewException("reason_required", "this operation needs a reason (--reason)");
        }
    }

    private String lockUntil() {
        return clock.instant().plus(policy.lockMinutes(), ChronoUnit.MINUTES).toString();
    }

    private void commit(EventReview r, LogEntry e) {
        reviews.commit(ReviewChange.of(r, e));
    }

    private LogEntry entry(Reviewer who, String op, String target, String field, String before, String after, String reason) {
        return new LogEntry(0, clock.instant().toString(), who.name(), op, target, field, before, after, reason, who.client(),
                null, null);
    }
}
