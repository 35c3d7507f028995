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

    /**
     * The first full date (day, month and year) the text states, or null. The opening lines are read first,
     * where a report's date usually stands, so that most texts are not tagged twice.
     */
    default LocalDate firstFullDate(String text) {
        int cut = text.indexOf('\n', Math.min(text.length(), OPENING));
        if (cut > 0) {
            LocalDate early = firstFullDateIn(text.substring(0, cut));
            return early != null ? early : firstFullDateIn(text.substring(cut));
        }
        return firstFullDateIn(text);
    }

    /** How many characters of a text count as its opening, cut at the next line end. */
    int OPENING = 600;

    private LocalDate firstFullDateIn(String text) {
        return tag(text, null, null).stream()
                .filter(t -> t.range().precision() == org.vigil.model.Precision.DAY)
                .map(t -> t.range().start()).findFirst().orElse(null);
    }
}
