package org.vigil.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.GazetteerEntry;
import org.vigil.geo.Gazetteers;
import org.vigil.model.Document;
import org.vigil.pipeline.Pipeline;

class StandardPipelineTest {
    private static final String REPORT = "Hundreds of people protested in Kazerun on Wednesday against a plan to divide the county.";

    @Test
    void theDefaultsFileNamesTheStagesInTheirOrder() {
        Settings s = Settings.defaults();
        assertEquals(List.of("clean-text", "language", "sentences", "dates", "actors", "places", "mentions", "sub-event-types",
                "claims", "relevance"), s.stages());
        assertEquals(s.stages(), StandardPipeline.create().names());
        assertEquals(64L * 1024 * 1024, s.maxDocumentBytes());
        assertTrue(s.saveBatch() > 0);
    }

    @Test
    void anUnknownStageOrAWrongOrderFailsWhenThePipelineIsBuilt() {
        Components parts = Components.standard(Settings.defaults());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> StandardPipeline.create(Settings.defaults().withStages(List.of("clean-text", "sentiment")), parts));
        assertTrue(unknown.getMessage().contains("'sentiment'"), unknown.getMessage());
        IllegalArgumentException order = assertThrows(IllegalArgumentException.class,
                () -> StandardPipeline.create(Settings.defaults().withStages(List.of("clean-text", "mentions", "sentences")), parts));
        assertTrue(order.getMessage().startsWith("stage 'mentions' requires"), order.getMessage());
    }

    @Test
    void theGazetteerIsTheOneThePipelineIsGivenNotAGlobalOne() throws Exception {
        Gazetteer shipped = Gazetteers.standard();
        Gazetteer withoutKazerun = new Gazetteer() {
            @Override
            public List<GazetteerEntry> lookup(String key) {
                return shipped.lookup(key).stream().filter(e -> !e.name().equals("Kazerun")).toList();
            }

            @Override
            public GazetteerEntry country(String code) {
                return shipped.country(code);
            }

            @Override
            public GazetteerEntry admin1(String country, String code) {
                return shipped.admin1(country, code);
            }

            @Override
            public int size() {
                return shipped.size();
            }
        };
        Components parts = Components.standard(Settings.defaults());
        Pipeline standard = StandardPipeline.create(Settings.defaults(), parts);
        Pipeline other = StandardPipeline.create(Settings.defaults(), new Components(withoutKazerun, parts.relevance(), parts.typer()));
        assertEquals(List.of("Kazerun"), places(standard));
        assertEquals(List.of(), places(other));
        assertEquals(List.of("Kazerun"), places(standard), "building another pipeline changed nothing of the first");
    }

    private static List<String> places(Pipeline p) throws Exception {
        Document d = new Document("d", "t.txt", "Danube Post", null, null, Instant.EPOCH, REPORT, null, null);
        return new PipelineAnalyser(p).analyse(d).mentions().stream().filter(m -> m.place() != null)
                .map(m -> m.place().name()).distinct().toList();
    }
}
