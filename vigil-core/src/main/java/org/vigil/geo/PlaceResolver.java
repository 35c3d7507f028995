package org.vigil.geo;

import java.util.List;

/** Chooses, for each candidate name of a document, the place it refers to (the resolver role). */
public interface PlaceResolver {
    /** Resolved toponyms in text order; a candidate that cannot be resolved is dropped. */
    List<Toponym> resolve(List<Candidate> candidates);

    /**
     * The same, knowing the document's text (a resolver may take a prior from it, such as the country of a Persian
     * text); by default the text is not used.
     */
    default List<Toponym> resolve(List<Candidate> candidates, String text) {
        return resolve(candidates);
    }
}
