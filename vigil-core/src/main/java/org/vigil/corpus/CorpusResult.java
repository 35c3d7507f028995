package org.vigil.corpus;

import java.util.List;
import org.vigil.model.CopyLink;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;

/** Copies found between documents, the events built from all mentions, and the incident chains linking them. */
public record CorpusResult(List<CopyLink> copies, List<Event> events, List<IncidentLink> chains) {
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
