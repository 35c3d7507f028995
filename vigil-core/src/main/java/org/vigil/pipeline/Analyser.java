package org.vigil.pipeline;

import org.vigil.model.Analysis;
import org.vigil.model.Document;

/**
 * The per-document half of Vigil: a document in, its analysis (clean text, event mentions, claims) out. It keeps no
 * state between documents and reaches for nothing global (the gazetteer and models are given to it when it is
 * built), so one analyser serves many threads, and a worker elsewhere (a Spark executor) builds its own from the
 * same settings and gets the same analyses.
 */
public interface Analyser {
    /**
     * @throws StageException when a stage cannot analyse this document (it is reported and skipped, never fatal)
     */
    Analysis analyse(Document document) throws StageException;

    /** The version of the analysis: the review log names the machine as {@code pipeline@VERSION}. */
    String version();
}
