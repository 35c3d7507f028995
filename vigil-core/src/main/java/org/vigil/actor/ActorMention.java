package org.vigil.actor;

import org.vigil.model.Span;

/**
 * A named or described actor found in the text: a person with title, an organisation, a force
 * ("security forces"). {@code id} is the lexicon's normalised id when known; {@code role} its kind
 * (state forces, government, opposition, protesters, foreign official, media, ...).
 */
public record ActorMention(Span span, String name, String id, String role) {
}
