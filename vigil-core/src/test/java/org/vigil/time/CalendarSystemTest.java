package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Precision;

class CalendarSystemTest {
    private static final CalendarSystem SOLAR = CalendarSystem.SOLAR_HIJRI;

    @Test
    void solarHijriAnchors() {
        assertEquals(LocalDate.of(2018, 3, 21), SOLAR.date(1397, 1, 1));
        assertEquals(LocalDate.of(2024, 3, 20), SOLAR.date(1403, 1, 1));
        assertEquals(LocalDate.of(2018, 5, 17), SOLAR.date(1397, 2, 27));
        assertArrayEquals(new int[] {1397, 2, 27}, SOLAR.fields(LocalDate.of(2018, 5, 17)));
        assertArrayEquals(new int[] {1402, 12, 29}, SOLAR.fields(LocalDate.of(2024, 3, 19)));
    }

    @Test
    void esfandThirtyOnlyInLeapYears() {
        assertEquals(LocalDate.of(2021, 3, 20), SOLAR.date(1399, 12, 30));
        // ICU counts 1403 a leap year too: Nowruz 1404 fell on 2025-03-21.
        assertEquals(LocalDate.of(2025, 3, 20), SOLAR.date(1403, 12, 30));
        assertEquals(LocalDate.of(2025, 3, 21), SOLAR.date(1404, 1, 1));
        assertNull(SOLAR.date(1398, 12, 30));
        assertNull(SOLAR.date(1402, 12, 30));
    }

    @Test
    void daysAndMonthsTheCalendarLacksAreNoDate() {
        assertNull(SOLAR.date(1397, 2, 32));
        assertNull(SOLAR.date(1397, 7, 31));
        assertNull(SOLAR.date(1397, 13, 1));
        assertNull(SOLAR.date(1397, 0, 1));
        assertNull(CalendarSystem.LUNAR_HIJRI.date(1440, 1, 31));
    }

    @Test
    void lunarHijriUmmAlQura() {
        assertEquals(LocalDate.of(2018, 9, 20), CalendarSystem.LUNAR_HIJRI.date(1440, 1, 10));
        assertEquals(LocalDate.of(2024, 7, 16), CalendarSystem.LUNAR_HIJRI.date(1446, 1, 10));
        assertEquals(LocalDate.of(2024, 3, 11), CalendarSystem.LUNAR_HIJRI.date(1445, 9, 1));
    }

    @Test
    void solarUnitsKeepTheirOwnDays() {
        TimePoint ordibehesht = new TimePoint(LocalDate.of(2018, 5, 17), Grain.MONTH, SOLAR);
        assertEquals(new DateRange(LocalDate.of(2018, 4, 21), LocalDate.of(2018, 5, 21), Precision.MONTH, "m"), ordibehesht.range("m"));
        assertEquals("2018-05", ordibehesht.value());
        assertEquals(LocalDate.of(2018, 3, 21), ordibehesht.shift(-1).range("").start());
        assertEquals(LocalDate.of(2018, 2, 20), ordibehesht.shift(-2).range("").start()); // Esfand 1396
        TimePoint y1396 = new TimePoint(LocalDate.of(2017, 6, 1), Grain.YEAR, SOLAR);
        assertEquals(new DateRange(LocalDate.of(2017, 3, 21), LocalDate.of(2018, 3, 20), Precision.YEAR, ""), y1396.range(""));
        assertEquals("2017", y1396.value());
        TimePoint week = new TimePoint(LocalDate.of(2018, 5, 17), Grain.WEEK, SOLAR);
        assertEquals(new DateRange(LocalDate.of(2018, 5, 12), LocalDate.of(2018, 5, 18), Precision.WEEK, ""), week.range(""));
        assertEquals("2018-W20", week.value());
    }

    @Test
    void gregorianPointsAreUnchanged() {
        TimePoint may = new TimePoint(LocalDate.of(2018, 5, 17), Grain.MONTH);
        assertEquals(CalendarSystem.GREGORIAN, may.calendar());
        assertEquals("2018-05", may.value());
        assertEquals(LocalDate.of(2018, 5, 1), may.range("").start());
        assertEquals(LocalDate.of(2018, 5, 14), new TimePoint(LocalDate.of(2018, 5, 17), Grain.WEEK).range("").start());
    }
}
