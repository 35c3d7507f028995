package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CodedDatesTest {
    @Test
    void readsIsoAcledSlashedAndWrittenForms() {
        LocalDate day = LocalDate.of(2020, 5, 9);
        for (String s : new String[] {"2020-05-09", "9-May-20", "09-May-2020", "2020/05/09", "2020/5/9", "9 May 2020",
            "9 MAY 2020", "May 9, 2020", "September 9, 2020".replace("September", "May"), "2020-05-09T23:59:00+03:00"}) {
            assertEquals(day, CodedDates.parse(s), s);
        }
        assertEquals(LocalDate.of(1997, 1, 1), CodedDates.parse("1-Jan-97"), "ACLED's first year");
    }

    @Test
    void ambiguousAndWrongValuesAreRefusedNamingTheFieldAndTheForms() {
        for (String s : new String[] {"09/05/2020", "9-Mai-20", "2020-13-01", "yesterday", "12345678901234567890"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CodedDates.parse(s), s);
            assertTrue(e.getMessage().startsWith("\"date\": \"" + s + "\" is not a date; expected"), e.getMessage());
        }
    }
}
