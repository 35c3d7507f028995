package org.vigil.geo;

import java.time.Instant;
import java.util.List;
import org.vigil.actor.ActorMention;
import org.vigil.actor.ActorStage;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.text.SentenceStage;

/**
 * Geoparses a plain text on its own (outside the ingest pipeline): sentences, actors, toponyms, resolution.
 * The text is used as it is, so every span is a character offset in the input. A place name inside an
 * organisation's name ("Fars News Agency") is left out; a place standing for its government stays (metonymy). Thread-safe.
 */
public final class Geoparser {
    private final PlaceStage places;
    private final SentenceStage sentences = new SentenceStage();
    private final ActorStage actors = new ActorStage();

    public Geoparser(Gazetteer gazetteer) {
        this.places = new PlaceStage(new GazetteerToponymExtractor(gazetteer), new ContextPlaceResolver());
    }

    /** A geoparser over the gazetteer chosen by {@link Gazetteers#standard()}. */
    public static Geoparser standard() {
        return new Geoparser(Gazetteers.standard());
    }

    /** The resolved place names of the text, in text order. */
    public List<Toponym> parse(String text) {
        Document d = new Document("geoparse", "text", null, null, null, Instant.EPOCH, text, text, null);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        doc.put(Keys.CLEAN_TEXT, Boolean.TRUE);
        sentences.process(doc);
        actors.process(doc);
        places.process(doc);
        List<ActorMention> orgs = doc.get(Keys.ACTORS).stream().filter(a -> !a.id().startsWith("person:")).toList();
        return doc.get(Keys.TOPONYMS).stream().filter(t -> !insideName(t, orgs)).toList();
    }

    /** "Fars" in "Fars News Agency" is part of an organisation's name, not a place of the story. */
    private static boolean insideName(Toponym t, List<ActorMention> orgs) {
        for (ActorMention a : orgs) {
            if (a.span().start() <= t.span().start() && t.span().end() <= a.span().end()
                    && a.span().end() - a.span().start() > t.span().end() - t.span().start()) {
                return true;
            }
        }
        return false;
    }
}
