package org.vigil.review;

import java.util.List;
import java.util.Map;

/**
 * What one review operation writes, all in one transaction: reviews (replaced whole), mention placements (an event
 * id, or null to release the mention to the machine), claim states, users, and the log rows that record it.
 */
public record ReviewChange(List<EventReview> reviews, Map<String, String> placements, Map<String, ClaimState> claimStates,
                           List<User> users, List<LogEntry> entries) {
    public ReviewChange {
        reviews = List.copyOf(reviews);
        placements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placements));
        claimStates = Map.copyOf(claimStates);
        users = List.copyOf(users);
        entries = List.copyOf(entries);
    }

    public static ReviewChange of(EventReview review, LogEntry entry) {
        return new ReviewChange(List.of(review), Map.of(), Map.of(), List.of(), List.of(entry));
    }
}
