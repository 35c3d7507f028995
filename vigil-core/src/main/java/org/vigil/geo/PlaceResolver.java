package org.vigil.geo;

import java.util.List;

/** Chooses, for each candidate name of a document, the place it refers to (the resolver role). */
public interface PlaceResolver {
    /** Resolved toponyms in text order; a candidate that cannot be resolved is dropped. */
    List<Toponym> resolve(List<Candidate> candidates);
}
