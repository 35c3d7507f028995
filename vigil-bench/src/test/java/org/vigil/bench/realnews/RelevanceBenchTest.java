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
import org.vigil.relevance.RelevanceTrainer;

/**
 * Relevance: the shipped model is what {@code ./bench train-relevance} makes (byte for byte), and on the test split
 * of the labelled real news (never tuned on) the record meets its floors and beats the record without the
 * relevance judgement.
 */
class RelevanceBenchTest {
    private static final Path LABELS = Path.of("..").resolve(RealNewsLabels.DEFAULT_FILE);

    @Test
    void shippedModelIsReproducedByTraining() throws Exception {
        Path bench = Shared.require("bench");
        List<RelevanceTrainer.Example> xs = RelevanceTraining.examples(RealNewsLabels.read(LABELS, bench), bench);
        ByteArrayOutputStream trained = new ByteArrayOutputStream();
        RelevanceTrainer.train(xs, RelevanceTrainer.SHIPPED, 0.5f).write(trained);
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream(ModelRelevanceJudge.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, trained.toByteArray(), "retrain with: ./bench train-relevance");
    }

    @Test
    void theTestSplitMeetsTheFloorsAndBeatsTheRecordWithoutRelevance() throws Exception {
        Path bench = Shared.require("bench");
        List<RealNewsLabels.LabelledDocument> test = RealNewsLabels.read(LABELS, bench).stream()
                .filter(RealNewsLabels.LabelledDocument::test).toList();
        RealNewsScorer.Scores before = RealNewsScorer.score(RealNewsScorer.analyse(StandardPipeline.create(RelevanceCommand.ALWAYS, org.vigil.typing.SubEventTyper.LEXICON), test),
                StandardPipeline.corpusAnalyzer(), 0);
        RealNewsScorer.Scores after = RealNewsScorer.score(RealNewsScorer.analyse(StandardPipeline.create(), test),
                StandardPipeline.corpusAnalyzer(), Relevance.DEFAULT_MIN_CONFIDENCE);
        Properties f = Shared.floors("/realnews/floors.properties");
        assertTrue(after.precision() >= Shared.floor(f, "relevance.test.precision"), "precision " + after.precision());
        assertTrue(after.f1() >= Shared.floor(f, "relevance.test.f1"), "F1 " + after.f1());
        assertTrue(after.f1() > before.f1(), "F1 " + after.f1() + " vs " + before.f1() + " without relevance");
        assertTrue(after.eventsPerRelevantDoc() < before.eventsPerRelevantDoc(), "fewer events per relevant document");
        assertTrue(after.figuresRight() >= Shared.floor(f, "figures.test.right"), "figures right " + after.figuresRight());
        assertTrue(after.figuresClaimantRight() >= Shared.floor(f, "figures.test.claimantRight"),
                "figures with the right claimant " + after.figuresClaimantRight());
    }
}
