package org.vigil.pipeline;

import java.util.List;
import org.vigil.model.Analysis;

/** Where analyses go: the store, or the files a batch job writes. */
public interface AnalysisSink {
    /**
     * Keeps a batch of analyses all or nothing: when it throws, none of the batch is kept. A document whose id is
     * kept already is left as it is.
     *
     * @return the ids of the documents that were new
     */
    List<String> saveAll(List<Analysis> batch);
}
