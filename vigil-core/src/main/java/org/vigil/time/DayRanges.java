package org.vigil.time;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.DateRange;
import org.vigil.model.Span;

/**
 * Ranges of days written around one tagged day: "May 17-19", "17–19 May", "from 3 to 5 June", "between 10 and
 * 12 June", "۱۷ تا ۱۹ اردیبهشت" (days of the date's own calendar), and two tagged days joined by a dash or "to" ("May 30 to June 2"). TimeML tags only the day with
 * its month; an event's date should cover the whole range, so the pipeline widens the mention.
 */
final class DayRanges {
    private static final String DASH = "\\s*(?:-|–|—|to|until|till|through|تا)\\s*";
    private static final String NUM = "(\\p{Nd}{1,2})(?:st|nd|rd|th)?";
    private static final Pattern END_AFTER = Pattern.compile("^" + DASH + NUM
            + "(?=\\s*(?:[,;:)\\]]|\\.(?!\\d)|$)|\\s+(?:in|at|on|across|and|of|when|while|as|the|with|\\d{4})\\b)");
    private static final Pattern START_BEFORE = Pattern.compile(
            "(?:\\b(?:from|between)\\s+)?\\b" + NUM + "(" + DASH + "|\\s+and\\s+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_AFTER = Pattern.compile("^,?\\s*((?:19|20)\\d{2})\\b");
    private static final Pattern JOIN = Pattern.compile("^" + DASH + "$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_DAYS = 31;

    private DayRanges() {
    }

    /** The day widened into the range written around it, or null when none is. */
    static TimeMention around(String text, Timex t) {
        if (!isDay(t) || t.text().isEmpty()) {
            return null;
        }
        LocalDate day = t.point().date();
        CalendarSystem cal = t.point().calendar();
        int s = t.span().start();
        int e = t.span().end();
        if (Character.isDigit(t.text().charAt(t.text().length() - 1))) {
            Matcher m = END_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 16)));
            if (m.find()) {
                int to = e + m.end();
                Matcher y = YEAR_AFTER.matcher(text.substring(to, Math.min(text.length(), to + 8)));
                if (y.find() && cal == CalendarSystem.GREGORIAN) {
                    day = day.withYear(Integer.parseInt(y.group(1)));
                    to += y.end();
                }
                LocalDate end = sameMonth(cal, day, m.group(1));
                return end != null && end.isAfter(day) ? mention(text, s, to, day, end) : null;
            }
        }
        if (Character.isDigit(t.text().charAt(0))) {
            Matcher m = START_BEFORE.matcher(text.substring(Math.max(0, s - 24), s));
            if (m.find() && (!m.group(2).trim().equals("and") || m.group().toLowerCase(java.util.Locale.ROOT).startsWith("between"))) {
                LocalDate start = sameMonth(cal, day, m.group(1));
                int from = s - (Math.min(s, 24) - m.start());
                return start != null && start.isBefore(day) ? mention(text, from, e, start, day) : null;
            }
        }
        return null;
    }

    /** Two tagged days joined by a dash or "to", as one range, or null. */
    static TimeMention joined(String text, Timex a, Timex b) {
        if (!isDay(a) || !isDay(b) || b.span().start() - a.span().end() > 12
                || !JOIN.matcher(text.substring(a.span().end(), b.span().start())).find()) {
            return null;
        }
        LocalDate s = a.point().date();
        LocalDate e = b.point().date();
        if (!e.isAfter(s) || s.plusDays(MAX_DAYS).isBefore(e)) {
            return null;
        }
        return mention(text, a.span().start(), b.span().end(), s, e);
    }

    private static boolean isDay(Timex t) {
        return t.point() != null && t.point().grain() == Grain.DAY && t.type() == TimexType.DATE;
    }

    /** Day n of the month (of the date's own calendar) that holds day, or null when the month has no such day. */
    private static LocalDate sameMonth(CalendarSystem cal, LocalDate day, String n) {
        int[] f = cal.fields(day);
        return cal.date(f[0], f[1], Integer.parseInt(n));
    }

    private static TimeMention mention(String text, int start, int end, LocalDate from, LocalDate to) {
        String written = text.substring(start, end);
        return new TimeMention(new Span(start, end), written, new DateRange(from, to, org.vigil.model.Precision.DAY, written), false);
    }

    static boolean overlaps(List<TimeMention> out, int start) {
        return !out.isEmpty() && out.get(out.size() - 1).span().end() > start;
    }
}
