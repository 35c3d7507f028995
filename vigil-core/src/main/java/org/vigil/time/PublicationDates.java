package org.vigil.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.DateRange;

/**
 * The publication date a page states: a dateline at the start of a paragraph near the top ("May 19, 2018 - ",
 * "Iran, May 23, 2018 - ", "TEHRAN, 19 May 2018 (Reuters) -"), or, as a weak bound, a copyright year.
 */
public final class PublicationDates {
    private static final int DATELINE_REACH = 1500;
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^(?:[\\p{Lu}][\\p{L} .'-]{0,40},\\s*)?(" + Dates.FULL_DATE + ")\\s*(?:\\([^)]{1,30}\\)\\s*)?[-–—|:]");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)(?:©|copyright|\\(c\\))\\s*(?:©\\s*)?((?:19|20)\\d\\d)(?:\\s*[-–]\\s*((?:19|20)\\d\\d))?");

    private PublicationDates() {
    }

    /** A dateline: the date it gives and where its date stands in the text. */
    public record Dateline(DateRange date, org.vigil.model.Span span) {
    }

    /** The dateline near the top of the text, or null. */
    public static Dateline dateline(String text) {
        Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_REACH)));
        if (m.find()) {
            LocalDate d = Dates.parseFull(m.group(1));
            return d == null ? null : new Dateline(DateRange.day(d, m.group(1)), new org.vigil.model.Span(m.start(1), m.end(1)));
        }
        return null;
    }

    /** The latest copyright year as a year-precision range, or null. */
    public static DateRange copyrightYear(String text) {
        Matcher m = COPYRIGHT.matcher(text);
        Integer year = null;
        while (m.find()) {
            int y = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1));
            year = year == null ? y : Math.max(year, y);
        }
        return year == null ? null : DateRange.year(year, "copyright " + year);
    }
}
