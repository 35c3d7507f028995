package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.vigil.model.DateRange;
import org.vigil.model.Precision;

/**
 * A calendar unit fixed in time: the unit of {@code grain} that contains {@code date}. Its TimeML value is
 * {@code 2018-05-17} (day), {@code 2018-W20} (week), {@code 2018-W20-WE}, {@code 2018-05}, {@code 2018-SU},
 * {@code 2018-Q2}, {@code 2018-H1}, {@code 2018}, {@code 201} (decade), {@code 20} (century). A week, month
 * or year of another {@link CalendarSystem} (Ordibehesht 1397: 2018-04-21 to 2018-05-21) covers its own days;
 * TimeML has no value for it, so its value is the Gregorian week, month or year of its middle day ({@code 2018-05}).
 */
public record TimePoint(LocalDate date, Grain grain, CalendarSystem calendar) {

    /** A unit of the Gregorian calendar. */
    public TimePoint(LocalDate date, Grain grain) {
        this(date, grain, CalendarSystem.GREGORIAN);
    }

    public String value() {
        if (calendar.owns(grain)) {
            return new TimePoint(calendar.middle(date, grain), grain).value();
        }
        int y = date.getYear();
        return switch (grain) {
            case DAY -> date.toString();
            case WEEK -> week();
            case WEEKEND -> week() + "-WE";
            case MONTH -> String.format("%04d-%02d", y, date.getMonthValue());
            case SEASON -> String.format("%04d-%s", y, season());
            case QUARTER -> String.format("%04d-Q%d", y, (date.getMonthValue() - 1) / 3 + 1);
            case HALF -> String.format("%04d-H%d", y, date.getMonthValue() <= 6 ? 1 : 2);
            case YEAR -> String.format("%04d", y);
            case DECADE -> String.format("%03d", y / 10);
            case CENTURY -> String.format("%02d", y / 100);
        };
    }

    private String week() {
        return String.format("%04d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private String season() {
        int m = date.getMonthValue();
        return m >= 3 && m <= 5 ? "SP" : m >= 6 && m <= 8 ? "SU" : m >= 9 && m <= 11 ? "FA" : "WI";
    }

    /** The unit {@code n} units of this grain later (earlier when negative). */
    public TimePoint shift(long n) {
        if (calendar.owns(grain)) {
            return new TimePoint(calendar.shift(date, grain, n), grain, calendar);
        }
        LocalDate d = switch (grain) {
            case DAY -> date.plusDays(n);
            case WEEK, WEEKEND -> date.plusWeeks(n);
            case MONTH -> date.plusMonths(n);
            case QUARTER -> date.plusMonths(3 * n);
            case HALF -> date.plusMonths(6 * n);
            case SEASON, YEAR -> date.plusYears(n);
            case DECADE -> date.plusYears(10 * n);
            case CENTURY -> date.plusYears(100 * n);
        };
        return new TimePoint(d, grain, calendar);
    }

    /** The same date seen at another grain (of the same calendar). */
    public TimePoint at(Grain g) {
        return new TimePoint(date, g, calendar);
    }

    /** The whole days this unit covers, with the nearest event-date precision (day, week, month, year). */
    public DateRange range(String text) {
        if (calendar.owns(grain)) {
            Precision p = grain == Grain.WEEK ? Precision.WEEK : grain == Grain.MONTH ? Precision.MONTH : Precision.YEAR;
            return new DateRange(calendar.start(date, grain), calendar.end(date, grain), p, text);
        }
        LocalDate s;
        LocalDate e;
        Precision p;
        switch (grain) {
            case DAY -> { s = date; e = date; p = Precision.DAY; }
            case WEEK -> { s = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); e = s.plusDays(6); p = Precision.WEEK; }
            case WEEKEND -> { s = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(5); e = s.plusDays(1); p = Precision.WEEK; }
            case MONTH -> { s = date.withDayOfMonth(1); e = s.plusMonths(1).minusDays(1); p = Precision.MONTH; }
            case SEASON -> { s = date.withDayOfMonth(1).minusMonths(1); e = s.plusMonths(3).minusDays(1); p = Precision.MONTH; }
            case QUARTER -> { s = LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1); e = s.plusMonths(3).minusDays(1); p = Precision.MONTH; }
            case HALF -> { s = LocalDate.of(date.getYear(), date.getMonthValue() <= 6 ? 1 : 7, 1); e = s.plusMonths(6).minusDays(1); p = Precision.MONTH; }
            case YEAR -> { s = date.withDayOfYear(1); e = s.plusYears(1).minusDays(1); p = Precision.YEAR; }
            case DECADE -> { s = LocalDate.of(date.getYear() / 10 * 10, 1, 1); e = s.plusYears(10).minusDays(1); p = Precision.YEAR; }
            default -> { s = LocalDate.of(date.getYear() / 100 * 100, 1, 1); e = s.plusYears(100).minusDays(1); p = Precision.YEAR; }
        }
        return new DateRange(s, e, p, text);
    }
}
