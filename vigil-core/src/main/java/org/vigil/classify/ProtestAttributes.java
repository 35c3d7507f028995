package org.vigil.classify;

import java.util.List;

/**
 * What a text says of a protest, in Mass Mobilization's categories: the state's responses (accommodation,
 * arrests, beatings, crowd dispersal, ignore, killings, shootings), the protesters' demands (labour, land,
 * police brutality, political process, prices/taxes, removal of politician, social restrictions) and whether
 * protesters used violence.
 */
public record ProtestAttributes(List<String> stateResponses, List<String> demands, boolean protesterViolence) {
    public static final List<String> STATE_RESPONSES = List.of("accommodation", "arrests", "beatings",
            "crowd dispersal", "ignore", "killings", "shootings");
    public static final List<String> DEMANDS = List.of("labour", "land", "police brutality", "political process",
            "prices/taxes", "removal of politician", "social restrictions");
    public static final ProtestAttributes NONE = new ProtestAttributes(List.of(), List.of(), false);

    public ProtestAttributes {
        stateResponses = List.copyOf(stateResponses);
        demands = List.copyOf(demands);
    }
}
