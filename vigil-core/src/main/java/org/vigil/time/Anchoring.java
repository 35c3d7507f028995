package org.vigil.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * What a time expression is resolved against: the document creation time {@code dct} (deictic expressions:
 * "yesterday", "last week"), the last date in focus (anaphoric ones: "two days later", "the next day"; the
 * dct until the text names a date), and the tense around the expression. Expressions without a year take the
 * year the tense points to: past → on or before the dct, future → on or after it, no cue → the nearest.
 */
record Anchoring(LocalDate dct, TimePoint focus, Tense tense) {

    boolean anchored() {
        return dct != null;
    }

    /** The unit of grain g that is n units from the dct's ("last week": WEEK, -1), or null without a dct. */
    TimePoint deictic(Grain g, long n) {
        return dct == null ? null : new TimePoint(dct, g).shift(n);
    }

    /** The unit of grain g that is n units from the date in focus (or the dct), or null without either. */
    TimePoint anaphoric(Grain g, long n) {
        TimePoint f = focus != null ? focus : dct != null ? new TimePoint(dct, g) : null;
        return f == null ? null : f.at(g).shift(n);
    }

    /** This month and day in the year the tense points to, or null (no dct, or no such day). */
    LocalDate monthDay(Month month, int day) {
        if (dct == null) {
            return null;
        }
        try {
            LocalDate same = LocalDate.of(dct.getYear(), month, Math.min(day, month.length(true)));
            if (same.getDayOfMonth() != day) {
                return null;
            }
            return pick(same, safe(same.minusYears(1), month, day), safe(same.plusYears(1), month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate safe(LocalDate d, Month m, int day) {
        return d.getDayOfMonth() == day ? d : null;
    }

    /** This month in the year the tense points to (the dct's month itself counts as now), or null. */
    TimePoint month(Month month) {
        if (dct == null) {
            return null;
        }
        LocalDate same = LocalDate.of(dct.getYear(), month, 1);
        LocalDate now = dct.withDayOfMonth(1);
        LocalDate d = same.equals(now) ? same : pickFrom(now, same, same.minusYears(1), same.plusYears(1));
        return new TimePoint(d, Grain.MONTH);
    }

    /** Of a date in the dct's year and the same date a year before and after, the one the tense points to. */
    LocalDate pick(LocalDate same, LocalDate before, LocalDate after) {
        return pickFrom(dct, same, before, after);
    }

    private LocalDate pickFrom(LocalDate ref, LocalDate same, LocalDate before, LocalDate after) {
        if (tense == Tense.PAST) {
            return !same.isAfter(ref) || before == null ? same : before;
        }
        if (tense == Tense.FUTURE) {
            return !same.isBefore(ref) || after == null ? same : after;
        }
        LocalDate best = same;
        for (LocalDate c : new LocalDate[] {before, after}) {
            if (c != null && Math.abs(ChronoUnit.DAYS.between(ref, c)) < Math.abs(ChronoUnit.DAYS.between(ref, best))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The day a weekday names: "last Friday" the one before the dct, "next Friday" the one after, "this Friday"
     * in the dct's week; a bare weekday looks back in the past tense (the dct itself counts), ahead in the
     * future tense, and back when there is no cue (news report what happened).
     */
    LocalDate weekday(DayOfWeek day, String modifier) {
        if (dct == null) {
            return null;
        }
        String mod = modifier == null ? "" : modifier.toLowerCase(java.util.Locale.ROOT);
        return switch (mod) {
            case "last", "past", "previous" -> dct.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> dct.with(TemporalAdjusters.next(day));
            case "this" -> dct.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
            default -> tense == Tense.FUTURE ? dct.with(TemporalAdjusters.nextOrSame(day)) : dct.with(TemporalAdjusters.previousOrSame(day));
        };
    }
}
