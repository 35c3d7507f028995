package org.vigil.classify;

import java.time.LocalDate;

/**
 * Role: types one short text (a sentence, a paragraph, a report). Implementations are thread-safe.
 */
public interface TextClassifier {
    /**
     * @param id   the caller's id, echoed
     * @param text the text
     * @param date the date the text was written, or null; relative dates resolve against it
     */
    Classification classify(String id, String text, LocalDate date);
}
