package org.vigil.time;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The calendar a date is written in. Every value and range stays in Gregorian days; a unit of another calendar
 * (a Solar Hijri month, a lunar Hijri year, an Iranian week from Saturday to Friday) keeps its own first and
 * last day. Conversions use ICU4J.
 */
public enum CalendarSystem {
    GREGORIAN,
    /** The Iranian (Jalali) calendar: 1 Farvardin 1397 = 2018-03-21. */
    SOLAR_HIJRI,
    /**
     * The Islamic lunar calendar in ICU's Umm al-Qura variant: its months follow the sighted months far more
     * closely than the arithmetic civil calendar (10 Muharram 1440 is 2018-09-20 in Umm al-Qura and in Iran's
     * official calendar, 2018-09-21 in the civil one). Iran's own lunar dates, set by sighting, can still differ
     * from it by a day.
     */
    LUNAR_HIJRI;

    /** Julian day number of 1970-01-01, to move between ICU's JULIAN_DAY and epoch days. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;

    /** Whether this calendar has its own units of grain g (else the Gregorian ones apply). */
    boolean owns(Grain g) {
        return this != GREGORIAN && (g == Grain.WEEK || g == Grain.MONTH || g == Grain.YEAR);
    }

    /** Day {@code day} of month {@code month} (1-12) of {@code year} as a Gregorian date, or null when there is no such day. */
    public LocalDate date(int year, int month, int day) {
        if (this == GREGORIAN) {
            try {
                return LocalDate.of(year, month, day);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Calendar c = calendar();
        c.setLenient(false);
        c.clear();
        c.set(year, month - 1, day);
        try {
            return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
        } catch (IllegalArgumentException e) {
            return null; // day 32, month 13, Esfand 30 outside a leap year
        }
    }

    /** Year, month (1-12) and day of a Gregorian date in this calendar. */
    public int[] fields(LocalDate d) {
        if (this == GREGORIAN) {
            return new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()};
        }
        Calendar c = at(d);
        return new int[] {c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)};
    }

    /** The first day of the unit of grain g (week, month, year) of this calendar that holds d. */
    LocalDate start(LocalDate d, Grain g) {
        if (g == Grain.WEEK) {
            return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        }
        int[] f = fields(d);
        return date(f[0], g == Grain.YEAR ? 1 : f[1], 1);
    }

    /** The last day of the unit of grain g that holds d. */
    LocalDate end(LocalDate d, Grain g) {
        return shift(start(d, g), g, 1).minusDays(1);
    }

    /** The day n units of grain g from d, the day of the month kept where the month has it (else its last day). */
    LocalDate shift(LocalDate d, Grain g, long n) {
        if (g == Grain.WEEK) {
            return d.plusWeeks(n);
        }
        Calendar c = at(d);
        c.add(g == Grain.YEAR ? Calendar.YEAR : Calendar.MONTH, Math.toIntExact(n));
        return LocalDate.ofEpochDay(c.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }

    /** The middle day of the unit: the Gregorian month or year a TimeML value names for it. */
    LocalDate middle(LocalDate d, Grain g) {
        LocalDate s = start(d, g);
        return s.plusDays(java.time.temporal.ChronoUnit.DAYS.between(s, end(d, g)) / 2);
    }

    private Calendar at(LocalDate d) {
        Calendar c = calendar();
        c.clear();
        c.set(Calendar.JULIAN_DAY, Math.toIntExact(d.toEpochDay() + EPOCH_JULIAN_DAY));
        return c;
    }

    private Calendar calendar() {
        if (this == SOLAR_HIJRI) {
            return new PersianCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        }
        IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
        c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
        return c;
    }
}
