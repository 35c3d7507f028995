package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzing the text cleaner and the sentence splitter: any text is cleaned and split, sentences inside it. */
class TextCleanerFuzzTest {
    private static final TextCleaner CLEANER = new TextCleaner();

    @FuzzTest(maxDuration = "10m")
    void anyTextIsCleanedAndSplit(FuzzedDataProvider data) {
        String clean = CLEANER.clean(data.consumeRemainingAsString());
        for (Sentence s : SentenceStage.split(clean)) {
            assertTrue(s.span().end() <= clean.length() && s.tokens().size() <= SentenceStage.MAX_TOKENS, s.toString());
        }
    }
}
