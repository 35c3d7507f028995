package org.vigil.bench.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs TempEval-3 Task A on ../shared and fails below the floors in time/floors.properties. */
class TempEvalFloorTest {
    private static Path data;
    private static Properties floors;

    @BeforeAll
    static void locate() throws IOException {
        data = Stream.of("../shared", "../../shared").map(p -> Path.of(p, "bench", "tempeval3"))
                .filter(p -> Files.isDirectory(p.resolve("Evaluation"))).findFirst().orElse(null);
        if (data == null) {
            if ("true".equals(System.getenv("CI"))) {
                fail("../shared/bench/tempeval3 is missing under CI");
            }
            Assumptions.abort("../shared/bench/tempeval3 not found: TempEval-3 floors skipped");
        }
        floors = new Properties();
        try (InputStream in = TempEvalFloorTest.class.getResourceAsStream("/time/floors.properties")) {
            floors.load(in);
        }
    }

    private static void atLeast(String key, double measured) {
        double floor = Double.parseDouble(floors.getProperty(key));
        assertTrue(100 * measured >= floor, String.format("%s %.2f below floor %.2f", key, 100 * measured, floor));
    }

    @Test
    void platinumAboveFloors() {
        TimexScore s = new TempEvalBenchmark().platinum(data).score();
        atLeast("platinum.strictF1", s.strictF1());
        atLeast("platinum.relaxedF1", s.relaxedF1());
        atLeast("platinum.valueF1", s.valueF1());
    }

    @Test
    void trainingAboveFloors() {
        TimexScore s = new TempEvalBenchmark().training(data).score();
        atLeast("training.strictF1", s.strictF1());
        atLeast("training.valueF1", s.valueF1());
    }
}
