package org.vigil.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the calendar day a date string gives: ISO 8601 and its relatives (2019-11-19T10:00Z, 2019/11/19,
 * 20191119), English month names (November 19, 2019; 19 Nov. 2019; Tue, 19 Nov 2019 10:00 GMT), and dates in
 * URL paths (/2019/11/19/, /2019-11-19-). The day is the one written, without time-zone shifts.
 */
final class DateText {
    private static final String MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:T|(?!\\d))");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    private DateText() {
    }

    /** The day the string gives, or null. */
    static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDate d = numeric(ISO.matcher(s));
        if (d == null) {
            d = named(MONTH_DAY.matcher(s), 1, 2);
        }
        if (d == null) {
            d = named(DAY_MONTH.matcher(s), 2, 1);
        }
        if (d == null) {
            d = numeric(COMPACT.matcher(s));
        }
        return d;
    }

    private static final Pattern UTC = Pattern.compile("\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?\\s*(?:Z|[+-]00:?00)\\b|\\bGMT\\b|\\bUTC\\b|Z$");

    /** Whether a time stamp is given in UTC (Z, +00:00, GMT, UTC). */
    static boolean isUtc(String stamp) {
        return stamp != null && UTC.matcher(stamp).find();
    }

    /** The day a URL path gives (year, month and day together), or null. */
    static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The first English full date in a text (a byline), or null. */
    static LocalDate inText(String text) {
        LocalDate d = named(MONTH_DAY.matcher(text), 1, 2);
        return d != null ? d : named(DAY_MONTH.matcher(text), 2, 1);
    }

    private static LocalDate numeric(Matcher m) {
        return m.find() ? day(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate named(Matcher m, int monthGroup, int dayGroup) {
        if (!m.find()) {
            return null;
        }
        int month = month(m.group(monthGroup));
        return day(m.group(3), Integer.toString(month), m.group(dayGroup));
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(n) / 3 + 1;
    }

    private static LocalDate day(String y, String m, String d) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return day.getYear() >= 1990 && day.isBefore(LocalDate.now().plusDays(2)) ? day : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
