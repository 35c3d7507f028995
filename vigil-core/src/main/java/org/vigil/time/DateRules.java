package org.vigil.time;

import static org.vigil.time.TimeLexicon.DAY;
import static org.vigil.time.TimeLexicon.MONTH;
import static org.vigil.time.TimeLexicon.SEASON;
import static org.vigil.time.TimeLexicon.WEEKDAY;
import static org.vigil.time.TimeLexicon.YEAR;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Calendar dates: full dates, month and day, month and year, months, years, decades, centuries, seasons. */
final class DateRules {
    /** A boundary modifier before a date: "early", "mid-", "the end of". */
    static final String MOD = "(?:(?<mod>early|late|mid-?|the (?:end|beginning|start|middle|close|turn|first half|second half) of|end of"
            + "|beginning of|start of|middle of)[\\s-]*)";
    private static final String WD = "(?:" + WEEKDAY + ",?\\s+)?";
    private static final String Y2 = "(?<year>" + YEAR + "|" + TimeLexicon.SPELLED_YEAR + ")";

    private DateRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("iso-date", "(?<year>" + YEAR + ")-(?<mon>[01]\\d)-(?<day>[0-3]\\d)",
                        (m, a) -> day(TimeLexicon.year(m.group("year")), num(m, "mon"), num(m, "day"))),
                TimexRule.of("us-numeric-date", "(?<mon>1[0-2]|0?[1-9])/(?<day>[12]\\d|3[01]|0?[1-9])/(?<year>" + YEAR + ")",
                        (m, a) -> day(TimeLexicon.year(m.group("year")), num(m, "mon"), num(m, "day"))),
                TimexRule.of("month-day-year", WD + "(?<month>" + MONTH + ")\\s*(?<day>" + DAY + "),?\\s+" + Y2,
                        (m, a) -> day(TimeLexicon.year(m.group("year")), month(m).getValue(), TimeLexicon.day(m.group("day")))),
                TimexRule.of("day-month-year", WD + "(?:the\\s+)?(?<day>" + DAY + ")\\s+(?:of\\s+)?(?<month>" + MONTH + "),?\\s+" + Y2,
                        (m, a) -> day(TimeLexicon.year(m.group("year")), month(m).getValue(), TimeLexicon.day(m.group("day")))),
                TimexRule.of("month-day", WD + "(?<month>" + MONTH + ")\\s*(?<day>" + DAY + ")(?![\\d:])",
                        (m, a) -> monthDay(m, a)),
                TimexRule.of("day-month", WD + "(?:the\\s+)?(?<day>" + DAY + ")\\s+(?:of\\s+)?(?<month>" + MONTH + ")",
                        (m, a) -> monthDay(m, a)),
                TimexRule.of("month-year", MOD + "?(?<month>" + MONTH + "),?\\s+(?:of\\s+)?" + Y2,
                        (m, a) -> at(new TimePoint(LocalDate.of(TimeLexicon.year(m.group("year")), month(m), 1), Grain.MONTH), m)),
                TimexRule.of("month-relative-year", MOD + "?(?<month>" + MONTH + ")\\s+(?:of\\s+)?(?<yrel>this|last|next)\\s+year",
                        DateRules::monthOfRelativeYear),
                TimexRule.of("bare-may-march", "(?<=(?:\\b(?-i:[a-z]{1,20})|\\b(?:In|Since|Until|By|During|From|Through|Before|After|Since|Early|Late|Last|Next|This))\\s)"
                        + "(?<month>(?-i:May|March|MAY|MARCH))(?![\\s-]*\\d)", DateRules::anyMonth),
                TimexRule.of("month", "(?:(?<rel>last|this|next|past)\\s+|" + MOD + ")?(?<month>" + MONTH + ")(?!\\s*\\d)",
                        DateRules::month),
                TimexRule.of("year", "(?:" + MOD + "|(?:fiscal|calendar)\\s+(?:year\\s+)?|the\\s+year\\s+|(?-i:FY)\\s?)?(?<![$£€#.,])" + Y2
                        + "(?![,.]\\d|\\s*(?:%|percent)|\\s+(?:GMT|hours|people|troops|shares|men|women|votes|cars|feet|meters|metres|miles|tons|tonnes|dollars|points)\\b)",
                        DateRules::year),
                TimexRule.of("decade", "(?:the\\s+)?" + MOD + "?(?:(?<dec>1[6-9]\\d|20\\d)0s|'(?<short>\\d)0s)",
                        DateRules::decade),
                TimexRule.of("century", "(?:the\\s+)?" + MOD + "?(?<n>1\\d|20|21)(?:st|nd|rd|th)[\\s-]+century",
                        (m, a) -> at(new TimePoint(LocalDate.of((num(m, "n") - 1) * 100, 1, 1), Grain.CENTURY), m)),
                TimexRule.of("season", "(?:(?<rel>last|this|next|past|this past)\\s+|" + MOD + "|the\\s+)?(?<season>" + SEASON + ")(?:\\s+(?:of\\s+)?" + Y2 + ")?",
                        DateRules::season));
    }

    static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    static Month month(Matcher m) {
        return TimeLexicon.month(m.group("month"));
    }

    static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The TimeML mod a boundary word asks for: START, MID, END, or null. */
    static String mod(Matcher m) {
        String w = group(m, "mod");
        if (w == null) {
            return null;
        }
        w = w.toLowerCase(Locale.ROOT);
        if (w.contains("mid") || w.contains("middle")) {
            return "MID";
        }
        return w.contains("end") || w.contains("late") || w.contains("close") || w.contains("second half") ? "END" : "START";
    }

    static Resolution at(TimePoint p, Matcher m) {
        return Resolution.date(p, null).withMod(mod(m));
    }

    private static Resolution day(int year, int month, int day) {
        try {
            return Resolution.date(new TimePoint(LocalDate.of(year, month, day), Grain.DAY), null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Resolution monthDay(Matcher m, Anchoring a) {
        Month mo = month(m);
        int d = TimeLexicon.day(m.group("day"));
        if (d > mo.maxLength()) {
            return null;
        }
        LocalDate date = a.monthDay(mo, d);
        return date != null ? Resolution.date(new TimePoint(date, Grain.DAY), null)
                : Resolution.of(TimexType.DATE, String.format("XXXX-%02d-%02d", mo.getValue(), d));
    }

    private static Resolution month(Matcher m, Anchoring a) {
        String rel = group(m, "rel");
        String text = m.group().trim();
        if (rel == null && group(m, "mod") == null && text.matches("(?i)(?:May|March)\\.?")) {
            return null; // bare "May"/"March" is too often a name or a noun ("Theresa May"); see anyMonth
        }
        return anyMonth(m, a);
    }

    /** A month name, bare "May" and "March" included (the rule asks for a preposition or lowercase word before). */
    private static Resolution anyMonth(Matcher m, Anchoring a) {
        String rel = group(m, "rel");
        Month mo = month(m);
        if (!m.group("month").equalsIgnoreCase(mo.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))) {
            return null; // a bare abbreviation ("Jan", "Mar.") is more often a name or a word than a month
        }
        if (!a.anchored()) {
            return Resolution.of(TimexType.DATE, String.format("XXXX-%02d", mo.getValue())).withMod(mod(m));
        }
        TimePoint p;
        LocalDate dct = a.dct();
        if (rel == null) {
            p = a.month(mo);
        } else {
            int year = dct.getYear();
            String r = rel.toLowerCase(Locale.ROOT);
            if ((r.equals("last") || r.equals("past")) && mo.getValue() >= dct.getMonthValue()) {
                year--;
            } else if (r.equals("next") && mo.getValue() <= dct.getMonthValue()) {
                year++;
            }
            p = new TimePoint(LocalDate.of(year, mo, 1), Grain.MONTH);
        }
        return at(p, m);
    }

    private static Resolution monthOfRelativeYear(Matcher m, Anchoring a) {
        if (!a.anchored()) {
            return Resolution.of(TimexType.DATE, String.format("XXXX-%02d", month(m).getValue()));
        }
        String r = m.group("yrel").toLowerCase(Locale.ROOT);
        int y = a.dct().getYear() + (r.equals("last") ? -1 : r.equals("next") ? 1 : 0);
        return at(new TimePoint(LocalDate.of(y, month(m), 1), Grain.MONTH), m);
    }

    private static Resolution year(Matcher m, Anchoring a) {
        int y = TimeLexicon.year(m.group("year"));
        String text = m.group();
        boolean bare = text.matches("\\d{4}");
        if (bare && !plausibleBareYear(y, a)) {
            return null;
        }
        return at(new TimePoint(LocalDate.of(y, 1, 1), Grain.YEAR), m);
    }

    /** A bare four-digit number is a year when it is near the dct (or in 1900-2099 without one). */
    private static boolean plausibleBareYear(int y, Anchoring a) {
        int ref = a.dct() != null ? a.dct().getYear() : 2000;
        return y >= 1700 && y <= ref + 30;
    }

    private static Resolution decade(Matcher m, Anchoring a) {
        String dec = group(m, "dec");
        int year;
        if (dec != null) {
            year = Integer.parseInt(dec) * 10;
        } else {
            int d = num(m, "short");
            int century = a.dct() != null ? a.dct().getYear() / 100 * 100 : 1900;
            year = century + d * 10;
            if (a.dct() != null && year > a.dct().getYear()) {
                year -= 100;
            }
        }
        return at(new TimePoint(LocalDate.of(year, 1, 1), Grain.DECADE), m);
    }

    private static Resolution season(Matcher m, Anchoring a) {
        String rel = group(m, "rel");
        String y = group(m, "year");
        int month = TimeLexicon.seasonMonth(m.group("season"));
        if (y != null) {
            return at(new TimePoint(LocalDate.of(TimeLexicon.year(y), month, 1), Grain.SEASON), m);
        }
        String text = m.group().toLowerCase(Locale.ROOT);
        if (rel == null && group(m, "mod") == null && !text.startsWith("the")) {
            return null; // a bare season name is often not a date ("summer camp")
        }
        if (!a.anchored()) {
            return Resolution.of(TimexType.DATE, "XXXX-" + new TimePoint(LocalDate.of(2000, month, 1), Grain.SEASON).value().substring(5));
        }
        LocalDate dct = a.dct();
        LocalDate d = LocalDate.of(dct.getYear(), month, 1);
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        if ((r.equals("last") || r.endsWith("past")) && !d.isBefore(dct.withDayOfMonth(1).minusMonths(1))) {
            d = d.minusYears(1);
        } else if (r.equals("next") && d.isBefore(dct)) {
            d = d.plusYears(1);
        } else if (r.isEmpty() && a.tense() == Tense.PAST && d.minusMonths(1).isAfter(dct)) {
            d = d.minusYears(1);
        }
        return at(new TimePoint(d, Grain.SEASON), m);
    }
}
