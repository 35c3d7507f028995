package org.vigil.assembly;

import java.util.List;
import org.vigil.actor.ActorStage;
import org.vigil.claim.ClaimStage;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.corpus.DefaultCorpusAnalyzer;
import org.vigil.geo.ContextPlaceResolver;
import org.vigil.geo.GazetteerToponymExtractor;
import org.vigil.geo.PlaceStage;
import org.vigil.mention.MentionStage;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.Stage;
import org.vigil.relevance.RelevanceJudge;
import org.vigil.relevance.RelevanceStage;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;
import org.vigil.time.DateStage;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;
import org.vigil.typing.SubEventTypingStage;

/**
 * Builds the standard pipelines from the stage names of the defaults file ({@link Settings}) and the injected
 * {@link Components}. The one place that knows the concrete stage classes.
 */
public final class StandardPipeline {
    /** The version the review log names as the machine's actor ({@code pipeline@VERSION}). */
    public static final String VERSION = "0.1.0";

    private StandardPipeline() {
    }

    /** The per-document pipeline of the defaults, with the shipped models and the gazetteer in force. */
    public static Pipeline create() {
        return create(Settings.defaults(), Components.standard(Settings.defaults()));
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
        Settings s = Settings.defaults();
        return create(s, new Components(Components.gazetteer(s), relevance, typer));
    }

    /** The per-document stages the settings name, in their order, over these components. */
    public static Pipeline create(Settings settings, Components parts) {
        return build(settings.stages(), parts);
    }

    /** The stages for typing lone texts ({@code vigil classify}): figures are kept even with no event mention. */
    public static Pipeline forTexts() {
        return forTexts(ModelSubEventTyper.shipped());
    }

    /** The same with another sub-event typer (the text stages judge no relevance: no judge is loaded). */
    public static Pipeline forTexts(SubEventTyper typer) {
        Settings s = Settings.defaults();
        return build(s.textStages(), new Components(Components.gazetteer(s), null, typer));
    }

    private static Pipeline build(List<String> names, Components parts) {
        return Pipeline.of(names.stream().map(n -> stage(n, parts)).toList());
    }

    /** @throws IllegalArgumentException for a name the defaults file does not document */
    static Stage stage(String name, Components parts) {
        return switch (name) {
            case "clean-text" -> new CleanTextStage();
            case "language" -> new org.vigil.language.LanguageStage();
            case "sentences" -> new SentenceStage();
            case "dates" -> new DateStage();
            case "actors" -> new ActorStage();
            case "places" -> new PlaceStage(new GazetteerToponymExtractor(parts.gazetteer()), new ContextPlaceResolver());
            case "mentions" -> new MentionStage();
            case "sub-event-types" -> new SubEventTypingStage(parts.typer());
            case "relevance" -> new RelevanceStage(java.util.Objects.requireNonNull(parts.relevance(),
                    "the relevance stage needs a relevance judge"));
            case "claims" -> new ClaimStage();
            case "claims-unattached" -> new ClaimStage(true);
            default -> throw new IllegalArgumentException("no stage named '" + name + "' (the stages are listed in vigil-defaults.properties)");
        };
    }

    /** The across-documents analyzer: copies, clustering, reconciliation, corroboration. */
    public static CorpusAnalyzer corpusAnalyzer() {
        return new DefaultCorpusAnalyzer();
    }
}
