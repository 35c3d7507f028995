package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/** Fuzzing what a {@code vigil classify} line carries: any date string is read or refused by name, any text classified. */
class ClassifyInputFuzzTest {
    private static final PipelineTextClassifier CLASSIFIER = PipelineTextClassifier.standard();

    @FuzzTest(maxDuration = "10m")
    void anyDateIsReadOrRefusedAndAnyTextClassified(FuzzedDataProvider data) {
        String date = data.consumeString(40);
        LocalDate d = null;
        try {
            d = CodedDates.parse(date);
        } catch (IllegalArgumentException refused) {
            assertTrue(refused.getMessage().contains("expected"), refused.getMessage());
        }
        assertNotNull(CLASSIFIER.classify("fuzz", data.consumeRemainingAsString(), d));
    }
}
