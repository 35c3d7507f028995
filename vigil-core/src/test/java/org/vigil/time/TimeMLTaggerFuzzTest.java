package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/** Fuzzing the TimeML tagger: any text and creation date give time expressions inside the text. */
class TimeMLTaggerFuzzTest {
    private static final TimeMLTagger TAGGER = new TimeMLTagger();

    @FuzzTest(maxDuration = "10m")
    void timexesStayInsideTheText(FuzzedDataProvider data) {
        LocalDate dct = LocalDate.ofEpochDay(data.consumeInt(-100_000, 100_000));
        String text = data.consumeRemainingAsString();
        for (Timex t : TAGGER.tag(text, dct)) {
            assertTrue(t.span().start() >= 0 && t.span().end() <= text.length(), t.toString());
        }
    }
}
