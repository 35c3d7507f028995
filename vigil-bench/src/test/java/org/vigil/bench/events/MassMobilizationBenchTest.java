package org.vigil.bench.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;
import org.vigil.classify.ModelAttributeClassifier;
import org.vigil.assembly.StandardPipeline;

/**
 * Mass Mobilization: the shipped model is what training on the rows before 2015 makes (byte for byte), and its
 * scores on the rows from 2015 on stay at or above their floors.
 */
class MassMobilizationBenchTest {
    @Test
    void shippedModelIsReproducedByTraining() throws Exception {
        Path dir = Shared.require("bench/events/mass-mobilization");
        ByteArrayOutputStream trained = new ByteArrayOutputStream();
        ProtestModelTrainer.train(MassMobilization.read(dir)).write(trained);
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream(ModelAttributeClassifier.RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertArrayEquals(shipped, trained.toByteArray(), "retrain with: ./bench train-protest");
    }

    @Test
    void attributesMeetTheFloors() throws Exception {
        List<MassMobilization> rows = MassMobilizationBench.testRows(Shared.require("bench/events/mass-mobilization"));
        assertTrue(rows.stream().allMatch(r -> r.year() >= MassMobilization.FIRST_TEST_YEAR));
        MassMobilizationBench.Result r = MassMobilizationBench.score("vigil", rows, StandardPipeline.create(),
                ModelAttributeClassifier.shipped());
        Properties f = Shared.floors("/events/floors.properties");
        assertTrue(r.responsesMacroF1() >= Shared.floor(f, "mm.responses.macroF1"), "responses " + r.responsesMacroF1());
        assertTrue(r.demandsMacroF1() >= Shared.floor(f, "mm.demands.macroF1"), "demands " + r.demandsMacroF1());
        assertTrue(r.violenceF1() >= Shared.floor(f, "mm.violence.F1"), "violence " + r.violenceF1());
    }
}
