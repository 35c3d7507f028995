package org.vigil.classify;

import java.util.List;

/**
 * One text typed: its main PLOVER type and modes, the ACLED event and sub-event type (null when ACLED codes no
 * such event), whether it tells of a protest and, if so, the protest's attributes and crowd size, the kinds
 * among internet shutdown, censorship, statement of support and statement of condemnation, and its figures.
 */
public record Classification(String id, String plover, List<String> modes, String acledEventType,
                             String acledSubEventType, boolean protest, ProtestAttributes attributes,
                             ClaimSummary crowdSize, List<String> kinds, List<ClaimSummary> claims) {
    public Classification {
        modes = List.copyOf(modes);
        kinds = List.copyOf(kinds);
        claims = List.copyOf(claims);
    }
}
