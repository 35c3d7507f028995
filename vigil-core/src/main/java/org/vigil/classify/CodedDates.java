package org.vigil.classify;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * The dates coded event files carry, read for {@code vigil classify}: ISO ({@code 2020-05-09}, with or without a
 * time after it), ACLED's {@code 9-May-20} and {@code 09 May 2020}, {@code 2020/05/09}, {@code May 9, 2020}. Day
 * and month in figures with the year last ({@code 09/05/2020}) are refused: which is the day differs by country.
 */
public final class CodedDates {
    /** What {@link #parse} reads, for error messages. */
    public static final String EXPECTED = "2020-05-09, 9-May-20, 9 May 2020, 2020/05/09 or May 9, 2020";
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            form("d-MMM-yy"), form("d-MMM-yyyy"), form("d MMM yyyy"), form("d MMMM yyyy"), form("yyyy/M/d"),
            form("MMM d, yyyy"), form("MMMM d, yyyy"), form("MMM d yyyy"), form("MMMM d yyyy"));

    private CodedDates() {
    }

    private static DateTimeFormatter form(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
        if (pattern.contains("yy") && !pattern.contains("yyyy")) {
            // two-digit years: 30-99 are 1930-1999, 00-29 are 2000-2029
            b.appendPattern(pattern.replace("yy", "")).appendValueReduced(ChronoField.YEAR, 2, 2, 1930);
        } else {
            b.appendPattern(pattern);
        }
        return b.toFormatter(Locale.ENGLISH);
    }

    /** @throws IllegalArgumentException naming the value and the forms read */
    public static LocalDate parse(String value) {
        String v = value.strip();
        if (v.length() > 10 && v.charAt(4) == '-' && (v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
            v = v.substring(0, 10); // an ISO date-time: its day
        }
        for (DateTimeFormatter f : FORMS) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        throw new IllegalArgumentException("\"date\": \"" + value + "\" is not a date; expected " + EXPECTED);
    }
}
