package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelAttributeClassifierTest {
    private static final String NOTE = "thousands marched through the capital on friday to demand the resignation of"
            + " the minister and new elections";
    /** Zero weights: every label at probability 0.5, below each threshold. */
    private static final LinearModel MODEL = LinearModel.of(HashedFeatures.Options.words(8),
            List.of("response:ignore", "response:arrests", "response:killings"), new float[3][256],
            new float[] {0.6f, 0.9f, 0.95f}, 16);

    @Test
    void noResponseReadIsIgnore() {
        assertEquals(List.of("ignore"), new ModelAttributeClassifier(MODEL, false, false)
                .attributes(NOTE, List.of()).stateResponses());
    }

    @Test
    void fillTakesTheResponseNearestItsThresholdWhenIgnoreIsBelowItsOwn() {
        assertEquals(List.of("arrests"), new ModelAttributeClassifier(MODEL, false, true)
                .attributes(NOTE, List.of()).stateResponses());
    }

    @Test
    void fillLeavesIgnoreWhenIgnoreReachesItsThreshold() {
        LinearModel sure = LinearModel.of(HashedFeatures.Options.words(8),
                List.of("response:ignore", "response:arrests"), new float[2][256], new float[] {0.5f, 0.9f}, 16);
        assertEquals(List.of("ignore"), new ModelAttributeClassifier(sure, false, true)
                .attributes(NOTE, List.of()).stateResponses());
    }
}
