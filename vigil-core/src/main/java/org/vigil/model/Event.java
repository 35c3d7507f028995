package org.vigil.model;

import java.util.List;

/**
 * A cluster of mentions, from one or more documents, of the same happening. It carries the merged date
 * and place, every claim with its claimant, the figure kinds whose claimants disagree, the evidence
 * documents, the count of independent sources, and the reasons for each merge and each copy found.
 * {@code confidence} is the highest relevance confidence of its mentions (0..1).
 */
public record Event(String id, PloverType type, List<String> modes, String acledEventType, String acledSubEventType,
                    boolean historical, boolean future, DateRange date, Place place,
                    List<Actor> actors, List<Actor> recipients, List<Claim> claims, List<ClaimKind> disputed,
                    List<DocumentRef> documents, int independentSources, List<String> slogans,
                    List<String> reasons, List<String> mentionIds, double confidence) {
    public Event {
        modes = List.copyOf(modes);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        claims = List.copyOf(claims);
        disputed = List.copyOf(disputed);
        documents = List.copyOf(documents);
        slogans = List.copyOf(slogans);
        reasons = List.copyOf(reasons);
        mentionIds = List.copyOf(mentionIds);
    }
}
