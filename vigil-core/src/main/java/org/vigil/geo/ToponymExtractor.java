package org.vigil.geo;

import java.util.List;
import org.vigil.actor.ActorMention;
import org.vigil.text.Sentence;

/** Finds place names in a document's sentences (the extractor role; resolution is {@link PlaceResolver}'s). */
public interface ToponymExtractor {
    /** Candidates in text order; names inside people's names are skipped, inside organisations' names they are metonymy. */
    List<Candidate> extract(String text, List<Sentence> sentences, List<ActorMention> actors);
}
