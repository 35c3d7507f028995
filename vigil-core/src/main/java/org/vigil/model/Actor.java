package org.vigil.model;

/** An actor or recipient as written, with a normalised id when the lexicon knows it and its role. */
public record Actor(String name, String id, String role) {
    public static Actor named(String name) {
        return new Actor(name, null, null);
    }
}
