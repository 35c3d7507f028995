package org.vigil.assembly;

import java.util.List;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.pipeline.Analyser;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/** An {@link Analyser} that runs a pipeline and reads its mentions and claims (none when a stage found none). */
public record PipelineAnalyser(Pipeline pipeline) implements Analyser {
    /** The standard pipeline of the defaults file over the shipped models and the gazetteer in force. */
    public static PipelineAnalyser standard() {
        return new PipelineAnalyser(StandardPipeline.create());
    }

    /** The standard pipeline the settings name, built from their own parts: what a worker elsewhere calls. */
    public static PipelineAnalyser of(Settings settings) {
        return new PipelineAnalyser(StandardPipeline.create(settings, Components.standard(settings)));
    }

    @Override
    public Analysis analyse(Document document) throws StageException {
        AnnotatedDocument ad = pipeline.run(new AnnotatedDocument(document));
        return new Analysis(ad.document(), ad.has(Keys.MENTIONS) ? ad.get(Keys.MENTIONS) : List.of(),
                ad.has(Keys.CLAIMS) ? ad.get(Keys.CLAIMS) : List.of());
    }

    @Override
    public String version() {
        return StandardPipeline.VERSION;
    }
}
