package org.vigil.model;

import java.util.List;

/**
 * One event mention in one sentence of one document. {@code id} is {@code documentId#ordinal}.
 * Place and date may be null when the text gives none; never invented. {@code confidence} (0..1) is how sure the
 * relevance judgement is that the mention reports a protest, repression or political violence as news.
 */
public record Mention(String id, String documentId, PloverType type, List<String> modes,
                      String acledEventType, String acledSubEventType,
                      List<Actor> actors, List<Actor> recipients, Place place, DateRange date,
                      Span sentence, String trigger, boolean historical, boolean negated, boolean future,
                      List<String> slogans, double confidence) {
    public Mention {
        modes = List.copyOf(modes);
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        slogans = List.copyOf(slogans);
    }

    public Mention withDate(DateRange d) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, place, d,
                sentence, trigger, historical, negated, future, slogans, confidence);
    }

    public Mention withPlace(Place p) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, p, date,
                sentence, trigger, historical, negated, future, slogans, confidence);
    }

    public Mention withSlogans(List<String> s) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, place, date,
                sentence, trigger, historical, negated, future, s, confidence);
    }

    public Mention withAcled(String eventType, String subEventType) {
        return new Mention(id, documentId, type, modes, eventType, subEventType, actors, recipients, place, date,
                sentence, trigger, historical, negated, future, slogans, confidence);
    }

    public Mention withConfidence(double c) {
        return new Mention(id, documentId, type, modes, acledEventType, acledSubEventType, actors, recipients, place, date,
                sentence, trigger, historical, negated, future, slogans, c);
    }
}
