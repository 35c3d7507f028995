package org.vigil.geo;

import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * A place name found in the text and resolved to a place. {@code role} says how the sentence uses it:
 * where something happens, the origin of people or forces ("forces from Shiraz"), or metonymy for a
 * government or an organisation ("Tehran said", "Fars News Agency"), or a landmark for a distance.
 */
public record Toponym(Span span, String text, Place place, Role role, String feature) {
    /** A toponym whose GeoNames feature code is not known. */
    public Toponym(Span span, String text, Place place, Role role) {
        this(span, text, place, role, null);
    }

    /**
     * LOCATION: where something happens; ORIGIN: where people or forces come from; METONYMY: a place standing for
     * a government or an organisation; REFERENCE: a landmark for a distance ("900 km south of Tehran").
     */
    public enum Role { LOCATION, ORIGIN, METONYMY, REFERENCE }
}
