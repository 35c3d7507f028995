package org.vigil.corpus;

import java.util.List;
import org.vigil.model.CopyLink;
import org.vigil.model.Event;

/** Copies found between documents and the events built from all mentions. */
public record CorpusResult(List<CopyLink> copies, List<Event> events) {
    public CorpusResult {
        copies = List.copyOf(copies);
        events = List.copyOf(events);
    }
}
