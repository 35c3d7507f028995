package org.vigil.bench.realnews;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.ModelRelevanceJudge;
import org.vigil.relevance.Relevance;
import org.vigil.typing.ModelSubEventTyper;
import org.vigil.typing.SubEventTyper;

/**
 * ACLED sub-event types: the shipped model is what {@code ./bench train-acled} makes (byte for byte), and on the
 * test split of the labelled real news (never tuned on) the learned typer meets its floor and is no worse than the
 * lexicon alone.
 */
class SubEventBenchTest {
    private static final Path LABELS = Path.of("..").resolve(RealNewsLabels.DEFAULT_FILE);

    @Test
    void shippedModelIsReproducedByTraining() throws Exception {
        Path bench = Shared.require("bench");
        List<RealNewsLabels.LabelledDocument> dev = RealNewsLabels.read(LABELS, bench).stream()
                .filter(d -> !d.test() && d.relevant()).toList();
        List<RealNewsScorer.Analysed> analysed = RealNewsScorer.analyse(
                StandardPipeline.create(ModelRelevanceJudge.shipped(), SubEventTyper.LEXICON), dev);
        ByteArrayOutputStream trained = new ByteArrayOutputStream();
        SubEventTraining.train(SubEventTraining.fromLabels(analysed), TrainSubEventCommand.SHIPPED).write(trained);
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream(ModelSubEventTyper.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, trained.toByteArray(), "retrain with: ./bench train-acled");
    }

    @Test
    void theTestSplitMeetsTheFloorAndTheLexiconAlone() throws Exception {
        Path bench = Shared.require("bench");
        List<RealNewsLabels.LabelledDocument> test = RealNewsLabels.read(LABELS, bench).stream()
                .filter(RealNewsLabels.LabelledDocument::test).toList();
        double t = Relevance.DEFAULT_MIN_CONFIDENCE;
        RealNewsScorer.Scores lexicon = RealNewsScorer.score(RealNewsScorer.analyse(
                StandardPipeline.create(ModelRelevanceJudge.shipped(), SubEventTyper.LEXICON), test),
                StandardPipeline.corpusAnalyzer(), t);
        RealNewsScorer.Scores learned = RealNewsScorer.score(RealNewsScorer.analyse(StandardPipeline.create(), test),
                StandardPipeline.corpusAnalyzer(), t);
        Properties f = Shared.floors("/realnews/floors.properties");
        assertTrue(learned.acledWeightedF1() >= Shared.floor(f, "acled.test.weightedF1"), "F1 " + learned.acledWeightedF1());
        assertTrue(learned.acledWeightedF1() >= lexicon.acledWeightedF1(),
                learned.acledWeightedF1() + " vs the lexicon's " + lexicon.acledWeightedF1());
    }
}
