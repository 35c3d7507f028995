package org.vigil.bench.time;

import java.time.LocalDate;
import java.util.List;

/** One TimeML document: its name, the plain text of its TEXT element, creation time and gold TIMEX3s. */
public record TimeMLDocument(String name, String text, LocalDate dct, List<GoldTimex> timexes) {
    /** A TIMEX3 of the gold annotation, with character offsets into {@link #text()}. */
    public record GoldTimex(int start, int end, String text, String type, String value) {
    }
}
