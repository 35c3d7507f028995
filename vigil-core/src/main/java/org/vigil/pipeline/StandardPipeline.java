package org.vigil.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.corpus.CorpusResult;
import org.vigil.text.SentenceStage;

/** Wires the standard stages in order. The one place that knows the concrete stage classes. */
public final class StandardPipeline {
    private StandardPipeline() {
    }

    /** The per-document pipeline: clean text, sentences, dates, places, actors, mentions, claims. */
    public static Pipeline create() {
        List<Stage> stages = new ArrayList<>();
        stages.add(new PassThroughCleanText());
        stages.add(new SentenceStage());
        return Pipeline.of(stages);
    }

    /** The across-documents analyzer: copies, clustering, reconciliation, corroboration. */
    public static CorpusAnalyzer corpusAnalyzer() {
        return analyses -> new CorpusResult(List.of(), List.of());
    }
}
