package org.vigil.assembly;

import org.vigil.geo.Gazetteer;
import org.vigil.geo.Gazetteers;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.relevance.RelevanceJudge;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;

/**
 * The heavy parts the stages are given, never reach for: the gazetteer, the relevance judge and the sub-event
 * typer. Loaded once by whoever assembles a pipeline and shared by its stages (read-only, safe across threads).
 */
public record Components(Gazetteer gazetteer, RelevanceJudge relevance, SubEventTyper typer) {
    /** The shipped models and the gazetteer the settings name (else {@code --gazetteer}, VIGIL_GAZETTEER or the shipped one). */
    public static Components standard(Settings settings) {
        return new Components(gazetteer(settings), ModelRelevanceJudge.shipped(), ModelSubEventTyper.shipped());
    }

    /** The gazetteer the settings name, else the one in force ({@code --gazetteer}, VIGIL_GAZETTEER, shipped). */
    public static Gazetteer gazetteer(Settings settings) {
        return settings.gazetteer() == null ? Gazetteers.standard() : Gazetteers.load(settings.gazetteer());
    }

    public Components withRelevance(RelevanceJudge judge) {
        return new Components(gazetteer, judge, typer);
    }

    public Components withTyper(SubEventTyper other) {
        return new Components(gazetteer, relevance, other);
    }
}
