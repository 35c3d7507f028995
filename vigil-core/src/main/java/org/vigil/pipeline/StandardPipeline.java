package org.vigil.pipeline;

import java.util.List;
import org.vigil.actor.ActorStage;
import org.vigil.claim.ClaimStage;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.relevance.RelevanceJudge;
import org.vigil.relevance.RelevanceStage;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.corpus.DefaultCorpusAnalyzer;
import org.vigil.geo.PlaceStage;
import org.vigil.mention.MentionStage;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;
import org.vigil.time.DateStage;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;
import org.vigil.typing.SubEventTypingStage;

/** Wires the standard stages in order. The one place that knows the concrete stage classes. */
public final class StandardPipeline {
    /** The version the review log names as the machine's actor ({@code pipeline@VERSION}). */
    public static final String VERSION = "0.1.0";

    private StandardPipeline() {
    }

    /**
     * The per-document pipeline: clean text, sentences, dates, actors, places, mentions, their ACLED sub-event
     * types, relevance, claims; the shipped models.
     */
    public static Pipeline create() {
        return create(ModelRelevanceJudge.shipped(), ModelSubEventTyper.shipped());
    }

    /** The same with another relevance judge (a team's own model: {@code --model}, {@code VIGIL_MODEL}). */
    public static Pipeline create(RelevanceJudge relevance) {
        return create(relevance, ModelSubEventTyper.shipped());
    }

    /**
     * The same with another relevance judge and sub-event typer ({@link SubEventTyper#LEXICON}: the lexicon's
     * codes alone, as before the learned typer).
     */
    public static Pipeline create(RelevanceJudge relevance, SubEventTyper typer) {
        return Pipeline.of(List.of(new CleanTextStage(), new SentenceStage(), new DateStage(), new ActorStage(),
                new PlaceStage(), new MentionStage(), new SubEventTypingStage(typer), new RelevanceStage(relevance),
                new ClaimStage()));
    }

    /** The same stages for typing lone texts ({@code vigil classify}): figures are kept even with no event mention. */
    public static Pipeline forTexts() {
        return forTexts(ModelSubEventTyper.shipped());
    }

    /** The same with another sub-event typer. */
    public static Pipeline forTexts(SubEventTyper typer) {
        return Pipeline.of(List.of(new CleanTextStage(), new SentenceStage(), new DateStage(), new ActorStage(),
                new PlaceStage(), new MentionStage(), new SubEventTypingStage(typer), new ClaimStage(true)));
    }

    /** The across-documents analyzer: copies, clustering, reconciliation, corroboration. */
    public static CorpusAnalyzer corpusAnalyzer() {
        return new DefaultCorpusAnalyzer();
    }
}
