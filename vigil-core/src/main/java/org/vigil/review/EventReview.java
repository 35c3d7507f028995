package org.vigil.review;

import java.util.List;
import java.util.Map;

/**
 * The human side of one event, kept apart from what the machine derives. {@code pins}: field -> the reviewer's
 * value, which wins over the machine's; {@code pinnedOver}: field -> the machine's value when it was pinned (a
 * re-run that changes it opens a task). {@code sealedMentions}: the event's mentions when it was verified (a new
 * report joining makes it stale), or, for a merged event, when it was merged (splitting them out undoes the merge). {@code tasks}: what the machine asks a reviewer to look at.
 */
public record EventReview(String eventId, ReviewState state, String assignee, String lockedUntil, String reason,
                          String mergedInto, String splitFrom, boolean secondOpinion, boolean published, boolean stale,
                          Map<String, String> pins, Map<String, String> pinnedOver, List<String> sealedMentions,
                          List<String> tasks) {
    public EventReview {
        pins = Map.copyOf(pins);
        pinnedOver = Map.copyOf(pinnedOver);
        sealedMentions = List.copyOf(sealedMentions);
        tasks = List.copyOf(tasks);
    }

    /** The review of an event nobody has touched. */
    public static EventReview untouched(String eventId) {
        return new EventReview(eventId, ReviewState.AUTO, null, null, null, null, null, false, false, false,
                Map.of(), Map.of(), List.of(), List.of());
    }

    EventReview with(ReviewState s, String assignee, String lockedUntil, String reason) {
        return new EventReview(eventId, s, assignee, lockedUntil, reason, mergedInto, splitFrom, secondOpinion, published,
                stale, pins, pinnedOver, sealedMentions, tasks);
    }

    EventReview withPins(Map<String, String> p, Map<String, String> over) {
        return new EventReview(eventId, state, assignee, lockedUntil, reason, mergedInto, splitFrom, secondOpinion,
                published, stale, p, over, sealedMentions, tasks);
    }

    EventReview withFlags(boolean secondOpinion, boolean published, boolean stale, List<String> tasks) {
        return new EventReview(eventId, state, assignee, lockedUntil, reason, mergedInto, splitFrom, secondOpinion,
                published, stale, pins, pinnedOver, sealedMentions, tasks);
    }

    EventReview sealed(List<String> mentions) {
        return new EventReview(eventId, state, assignee, lockedUntil, reason, mergedInto, splitFrom, secondOpinion,
                published, false, pins, pinnedOver, mentions, tasks);
    }

    EventReview merged(String into, String splitFrom) {
        return new EventReview(eventId, into == null ? state : ReviewState.MERGED, null, null, reason, into, splitFrom,
                secondOpinion, published, stale, pins, pinnedOver, sealedMentions, tasks);
    }
}
