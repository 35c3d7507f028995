package org.vigil.geo;

import org.vigil.model.Place;
import org.vigil.model.Span;

/**
 * A place name found in the text and resolved to a place. {@code role} says how the sentence uses it:
 * where something happens, the origin of people or forces ("forces from Shiraz"), or metonymy for a
 * government or an organisation ("Tehran said", "Fars News Agency").
 */
public record Toponym(Span span, String text, Place place, Role role) {
    public enum Role { LOCATION, ORIGIN, METONYMY }
}
