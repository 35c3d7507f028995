package org.vigil.corpus;

import java.util.List;
import org.vigil.model.Analysis;
import org.vigil.model.Post;

/**
 * The across-documents step: finds copied passages, clusters mentions into events, reconciles claims and
 * counts independent sources. A pure function of its input: the same analyses in any order give the same result.
 */
public interface CorpusAnalyzer {
    /** Events as the machine alone derives them, with ids from their mentions. */
    default CorpusResult analyze(List<Analysis> analyses) {
        return analyze(analyses, EventIdentity.NONE);
    }

    /** Events with reviewers' placements kept and ids stable across re-derivation (see {@link EventIdentity}). */
    CorpusResult analyze(List<Analysis> analyses, EventIdentity identity);

    /**
     * Events as {@link #analyze(List, EventIdentity)} derives them, knowing which documents are posts that relay another
     * account's post (forwards, reposts, quotes: {@link Post#relays()}): such a post counts as its origin, never as a
     * source of its own. An analyzer that does not count sources may ignore them.
     */
    default CorpusResult analyze(List<Analysis> analyses, EventIdentity identity, List<Post> posts) {
        return analyze(analyses, identity);
    }
}
