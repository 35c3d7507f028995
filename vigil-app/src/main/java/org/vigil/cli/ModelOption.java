package org.vigil.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vigil.classify.LinearModel;
import org.vigil.classify.ModelFileException;
import org.vigil.classify.ModelFiles;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.relevance.RelevanceJudge;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;
import picocli.CommandLine.Option;

/**
 * {@code --model FILE}, repeatable (else {@code $VIGIL_MODEL}, files separated by the path separator): models made
 * by {@code vigil train}. A relevance model replaces the shipped relevance model, an ACLED sub-type model the
 * shipped sub-event typer; each task at most once. A missing, truncated or foreign file, a PLOVER model (used by
 * {@code classify} only) or two models of one task are errors naming the file.
 */
final class ModelOption {
    @Option(names = "--model", description = "a relevance or ACLED sub-type model file from 'vigil train'; repeatable"
            + " (default: $VIGIL_MODEL, else the shipped models)")
    List<Path> models;

    /** The files chosen; empty for the shipped models. */
    List<Path> files() {
        if (models != null && !models.isEmpty()) {
            return models;
        }
        String env = System.getenv("VIGIL_MODEL");
        List<Path> out = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            for (String f : env.split(File.pathSeparator)) {
                if (!f.isBlank()) {
                    out.add(Path.of(f.strip()));
                }
            }
        }
        return out;
    }

    /** The standard pipeline, with the chosen models in place of the shipped ones. */
    Pipeline pipeline() throws ModelFileException {
        return builder().get();
    }

    /**
     * The chosen models, read now (so a bad file is an error before anything else is done), and the standard
     * pipeline they go into, built (shipped models, gazetteer) when asked.
     */
    java.util.function.Supplier<Pipeline> builder() throws ModelFileException {
        RelevanceJudge relevance = null;
        SubEventTyper typer = null;
        for (Path f : files()) {
            LinearModel m = ModelFiles.read(f);
            switch (ModelFiles.task(m)) {
                case RELEVANCE -> {
                    once(relevance, f);
                    relevance = new ModelRelevanceJudge(m);
                }
                case ACLED -> {
                    once(typer, f);
                    typer = new ModelSubEventTyper(m, ModelSubEventTyper.SHIPPED_MIN_PROBABILITY);
                }
                default -> throw new ModelFileException(f, "a plover model: ingest and serve take a relevance or an"
                        + " acled model", null);
            }
        }
        RelevanceJudge r = relevance;
        SubEventTyper t = typer;
        return () -> StandardPipeline.create(r != null ? r : ModelRelevanceJudge.shipped(),
                t != null ? t : ModelSubEventTyper.shipped());
    }

    private static void once(Object earlier, Path f) throws ModelFileException {
        if (earlier != null) {
            throw new ModelFileException(f, "a second model for the same task; give one relevance and one acled model at most", null);
        }
    }
}
