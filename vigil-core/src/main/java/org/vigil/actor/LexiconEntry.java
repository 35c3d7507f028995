package org.vigil.actor;

import java.util.List;

/** One actor of the curated lexicon: normalised id, role, canonical name and the aliases that name it. */
public record LexiconEntry(String id, String role, String name, List<String> aliases) {
    public LexiconEntry {
        aliases = List.copyOf(aliases);
    }
}
