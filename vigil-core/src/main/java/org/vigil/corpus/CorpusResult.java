package org.vigil.corpus;

import java.util.List;
import org.vigil.model.CopyLink;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;

/**
 * Copies found between documents, the events built from all mentions, the incident chains linking them, and how
 * many documents they were derived from ({@code -1}: not said), so a store can tell when its events lag its documents.
 */
public record CorpusResult(List<CopyLink> copies, List<Event> events, List<IncidentLink> chains, int documents) {
    public CorpusResult(List<CopyLink> copies, List<Event> events, List<IncidentLink> chains) {
        this(copies, events, chains, -1);
    }

    public CorpusResult {
        copies = List.copyOf(copies);
        events = List.copyOf(events);
        chains = List.copyOf(chains);
    }

    /** A result without incident chains. */
    public CorpusResult(List<CopyLink> copies, List<Event> events) {
        this(copies, events, List.of());
    }
}
