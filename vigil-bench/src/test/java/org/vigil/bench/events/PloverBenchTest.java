package org.vigil.bench.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.vigil.bench.Shared;
import org.vigil.classify.PipelineTextClassifier;

/** PLOVER gold records: event-type accuracy, macro-F1 and mode accuracy stay at or above their floors. */
class PloverBenchTest {
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
