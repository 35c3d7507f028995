package org.vigil.time;

import java.time.LocalDate;
import java.util.List;

/** Finds time expressions in a text and resolves them to whole-day ranges against an anchor date. */
public interface TimeTagger {
    /**
     * Time expressions in text order, without overlaps. {@code anchor} is the date relative expressions count
     * from (may be null: then only absolute dates are returned); {@code anchorYear} the year when only that is known.
     */
    List<TimeMention> tag(String text, LocalDate anchor, Integer anchorYear);

    /** The first full date (day, month and year) the text states, or null. */
    default LocalDate firstFullDate(String text) {
        return tag(text, null, null).stream()
                .filter(t -> t.range().precision() == org.vigil.model.Precision.DAY)
                .map(t -> t.range().start()).findFirst().orElse(null);
    }
}
