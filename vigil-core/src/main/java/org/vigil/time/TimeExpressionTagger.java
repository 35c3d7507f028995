package org.vigil.time;

import java.time.LocalDate;
import java.util.List;

/** Finds TimeML time expressions (TIMEX3) in a text and normalises them against the document creation time. */
public interface TimeExpressionTagger {
    /**
     * The time expressions of {@code text} in text order, without overlaps. {@code dct} is the document creation
     * time (may be null: then deictic and anaphoric expressions keep X placeholders, never a guess).
     */
    List<Timex> tag(String text, LocalDate dct);
}
