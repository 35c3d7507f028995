package org.vigil.corpus;

import java.util.List;
import org.vigil.model.Event;
import org.vigil.model.IncidentLink;

/**
 * Links events that follow from each other (a protest, the shooting that met it, the funerals and the
 * strike after it, the arrests and the shutdown) into incident chains. Each link carries its reason.
 * Implementations are pure functions of the events: the same events give the same links.
 */
public interface IncidentLinker {
    List<IncidentLink> link(List<Event> events);
}
