package org.vigil.model;

import java.util.List;

/**
 * One event mention in one sentence of one document. {@code id} is {@code documentId#ordinal}.
 * Place and date may be null when the text gives none; never invented.
 */
public record Mention(String id, String documentId, PloverType type, List<String> modes,
                      String acledEventType, String acledSubEventType,
                      List<Actor> actors, List<Actor> recipients, Place place, DateRange date,
                      Span sentence, String trigger, boolean historical, boolean negated, boolean future,
                      List<String> slogans) {
    public Mention {
        modes = List.copyOf(modes);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        slogans = List.copyOf(slogans);
    }

    public Mention withDate(DateRange d) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, place, d,
                sentence, trigger, historical, negated, future, slogans);
    }

    public Mention withPlace(Place p) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, p, date,
                sentence, trigger, historical, negated, future, slogans);
    }

    public Mention withSlogans(List<String> s) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, place, date,
                sentence, trigger, historical, negated, future, s);
    }

    public Mention withAcled(String eventType, String subEventType) {
        return new Mention(id, documentId, type, modes, eventType, subEventType, actors, recipients, place, date,
                sentence, trigger, historical, negated, future, slogans);
    }
}
