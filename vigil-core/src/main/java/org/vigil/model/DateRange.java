package org.vigil.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A date as whole days, {@code start..end} inclusive, with its precision and the phrase it came from.
 * A month is its first to last day, a year 01-01 to 12-31.
 */
public record DateRange(LocalDate start, LocalDate end, Precision precision, String text) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }

    public static DateRange day(LocalDate d, String text) {
        return new DateRange(d, d, Precision.DAY, text);
    }

    public static DateRange month(int year, int month, String text) {
        LocalDate s = LocalDate.of(year, month, 1);
        return new DateRange(s, s.plusMonths(1).minusDays(1), Precision.MONTH, text);
    }

    public static DateRange year(int year, String text) {
        return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Precision.YEAR, text);
    }

    public boolean overlaps(DateRange o) {
        return !end.isBefore(o.start) && !o.end.isBefore(start);
    }

    /** Days between the two ranges; 0 when they overlap. */
    public long gapDays(DateRange o) {
        if (overlaps(o)) {
            return 0;
        }
        return end.isBefore(o.start) ? ChronoUnit.DAYS.between(end, o.start) : ChronoUnit.DAYS.between(o.end, start);
    }

    /** The smallest range covering both; precision is the coarser of the two. */
    public DateRange span(DateRange o) {
        LocalDate s = start.isBefore(o.start) ? start : o.start;
        LocalDate e = end.isAfter(o.end) ? end : o.end;
        Precision p = precision.compareTo(o.precision) >= 0 ? precision : o.precision;
        return new DateRange(s, e, p, text != null ? text : o.text);
    }
}
