package org.vigil.geo;

import java.util.List;
import org.vigil.model.Span;

/**
 * A place name found in the text before resolution: where, as written, the gazetteer entries it may be, the
 * feature it names (a city or region, a region by "X province", a site by "X Square") and its role. A weak
 * candidate (a lone word at a sentence start, or one the text also writes in lower case) needs more evidence.
 */
public record Candidate(Span span, String text, List<GazetteerEntry> entries, Feature feature, Toponym.Role role,
                        boolean weak) {
    public enum Feature { PLACE, ADMIN1, SITE }

    public Candidate {
        entries = List.copyOf(entries);
    }

    public Candidate(Span span, String text, List<GazetteerEntry> entries, Feature feature, Toponym.Role role) {
        this(span, text, entries, feature, role, false);
    }
}
