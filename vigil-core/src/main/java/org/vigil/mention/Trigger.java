package org.vigil.mention;

import java.util.List;
import java.util.regex.Pattern;
import org.vigil.model.PloverType;

/** One entry of the trigger lexicon: a pattern that signals an event of a PLOVER type and modes. */
public record Trigger(Pattern pattern, PloverType type, List<String> modes, boolean statement) {
    public Trigger {
        modes = List.copyOf(modes);
    }
}
