package org.vigil.bench.claims;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;
import org.vigil.bench.classify.ClassifySpeed;
import org.vigil.classify.PipelineTextClassifier;

/** The claims suite's F1 per field, and the typing stage's speed, stay at or above their floors. */
class ClaimsBenchTest {
    @Test
    void suiteHasAtLeast150Sentences() throws Exception {
        assertTrue(ClaimsSuite.load().size() >= 150);
    }

    @Test
    void claimFieldsMeetTheFloors() throws Exception {
        List<ClaimsSuite.Item> items = ClaimsSuite.load();
        ClaimsBench.Result r = ClaimsBench.score(items,
                PipelineTextClassifier.standard());
        Properties f = Shared.floors("/claims/floors.properties");
        for (String field : ClaimsBench.FIELDS) {
            assertTrue(r.f1(field) >= Shared.floor(f, field + ".F1"), field + " F1 " + r.f1(field));
        }
    }

    @Test
    void typingStageIsFastEnough() throws Exception {
        ClassifySpeed.Result r = ClassifySpeed.measure(5);
        double floor = Shared.floor(Shared.floors("/claims/floors.properties"), "speed.texts.per.cpu.second");
        assertTrue(r.perCpuSecond() >= floor, r.perCpuSecond() + " texts per CPU second");
        assertTrue(r.mentionsPerText() > 0.5, "the suite's sentences each report an event: " + r.mentionsPerText());
    }
}
