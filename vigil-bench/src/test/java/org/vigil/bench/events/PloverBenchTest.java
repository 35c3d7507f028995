package org.vigil.bench.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;
import org.vigil.classify.PipelineTextClassifier;

/**
 * PLOVER: the shipped type model is what training on the written and PETRARCH sentences makes (byte for byte, so
 * a change of the lexicon that feeds it must come with a retrained model), and the gold records' event-type
 * accuracy, macro-F1 and mode accuracy stay at or above their floors.
 */
class PloverBenchTest {
    @Test
    void shippedModelIsReproducedByTraining() throws Exception {
        java.nio.file.Path data = Shared.require("bench/events/plover");
        List<String> goldTexts = PloverGold.read(data).stream().map(PloverGold::text).toList();
        PloverTraining.Data d = PloverTraining.read(java.nio.file.Path.of("..").resolve(TrainPloverCommand.WRITTEN), data, goldTexts);
        var samples = TrainPloverCommand.samples(PipelineTextClassifier.lexiconOnly(), d.sentences());
        java.io.ByteArrayOutputStream trained = new java.io.ByteArrayOutputStream();
        PloverModelTrainer.train(samples, PloverModelTrainer.Settings.SHIPPED).write(trained);
        byte[] shipped;
        try (java.io.InputStream in = getClass().getResourceAsStream(org.vigil.classify.PloverTypeModel.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(shipped, trained.toByteArray(), "retrain with: ./bench train-plover");
    }

    @Test
    void ploverTypesMeetTheFloors() throws Exception {
        List<PloverGold> gold = PloverGold.read(Shared.require("bench/events/plover"));
        assertTrue(gold.size() >= 320, "records read: " + gold.size());
        PloverBench.Result r = PloverBench.score(gold,
                PipelineTextClassifier.standard());
        Properties f = Shared.floors("/events/floors.properties");
        assertTrue(r.typeAccuracy() >= Shared.floor(f, "plover.type.accuracy"), "type accuracy " + r.typeAccuracy());
        assertTrue(r.macroF1() >= Shared.floor(f, "plover.type.macroF1"), "macro-F1 " + r.macroF1());
        assertTrue(r.modeAccuracy() >= Shared.floor(f, "plover.mode.accuracy"), "mode accuracy " + r.modeAccuracy());
    }
}
