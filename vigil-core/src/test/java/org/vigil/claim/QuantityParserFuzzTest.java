package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzing the quantity parser: any text gives quantities inside it, each with low <= high. */
class QuantityParserFuzzTest {
    private static final QuantityParser PARSER = new QuantityParser();

    @FuzzTest(maxDuration = "10m")
    void quantitiesStayInsideTheTextAndInOrder(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        for (Quantity q : PARSER.find(text, 0, text.length())) {
            assertTrue(q.span().start() >= 0 && q.span().end() <= text.length() && q.span().start() < q.span().end(), q.toString());
            assertTrue(q.low() == null || q.high() == null || q.low() <= q.high(), q.toString());
        }
    }
}
