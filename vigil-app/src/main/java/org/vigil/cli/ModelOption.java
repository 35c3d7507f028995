package org.vigil.cli;

import java.nio.file.Path;
import org.vigil.classify.LinearModel;
import org.vigil.classify.ModelFileException;
import org.vigil.classify.ModelFiles;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StandardPipeline;
import org.vigil.relevance.ModelRelevanceJudge;
import picocli.CommandLine.Option;

/**
 * {@code --model FILE} (else {@code $VIGIL_MODEL}): a relevance model made by {@code vigil train --task relevance}
 * replaces the shipped one. A missing, truncated or foreign file is an error naming the file.
 */
final class ModelOption {
    @Option(names = "--model", description = "relevance model file from 'vigil train' (default: $VIGIL_MODEL, else the shipped model)")
    Path model;

    /** The file chosen, or null for the shipped model. */
    Path file() {
        if (model != null) {
            return model;
        }
        String env = System.getenv("VIGIL_MODEL");
        return env == null || env.isBlank() ? null : Path.of(env);
    }

    /** The standard pipeline, with the chosen relevance model. */
    Pipeline pipeline() throws ModelFileException {
        Path f = file();
        if (f == null) {
            return StandardPipeline.create();
        }
        LinearModel m = ModelFiles.read(f, ModelFiles.Task.RELEVANCE);
        return StandardPipeline.create(new ModelRelevanceJudge(m));
    }
}
