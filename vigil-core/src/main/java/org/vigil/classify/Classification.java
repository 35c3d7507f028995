package org.vigil.classify;

import java.util.List;

/**
 * One text typed: its main PLOVER type and modes, when its main event stands ({@code news}, {@code history} or
 * {@code planned}; null without an event), the ACLED event and sub-event type of its news (null when ACLED codes no
 * such event: history and plans are not coded), whether it tells of a protest as news and, if so, the protest's attributes and crowd size, the kinds
 * among internet shutdown, censorship, statement of support and statement of condemnation, and its figures.
 */
public record Classification(String id, String plover, List<String> modes, String timeframe, String acledEventType,
                             String acledSubEventType, boolean protest, ProtestAttributes attributes,
                             ClaimSummary crowdSize, List<String> kinds, List<ClaimSummary> claims) {
    public Classification {
        modes = List.copyOf(modes);
        kinds = List.copyOf(kinds);
        claims = List.copyOf(claims);
    }
}
