package org.vigil.corpus;

import java.util.List;
import org.vigil.model.Analysis;

/**
 * The across-documents step: finds copied passages, clusters mentions into events, reconciles claims and
 * counts independent sources. A pure function of its input: the same analyses in any order give the same result.
 */
public interface CorpusAnalyzer {
    CorpusResult analyze(List<Analysis> analyses);
}
