package org.vigil.time;

import static org.vigil.time.DateRules.group;
import static org.vigil.time.PersianTimeLexicon.DIGIT;
import static org.vigil.time.PersianTimeLexicon.SP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Solar Hijri (Iranian) and lunar Hijri dates, in Persian ("۲۷ اردیبهشت ۱۳۹۷", "اردیبهشت ۱۳۹۷", "۱۰ محرم ۱۴۴۰",
 * "۱۳۹۷/۲/۲۷") and in the English spellings of an English report ("27 Ordibehesht 1397", "Ordibehesht 27, 1397",
 * "10 Muharram 1440 AH"), in any digits. Values are Gregorian; a day and month without a year take the year of
 * the publication date in that calendar, or the one before or after as the tense points (nearest without a
 * cue). A day the calendar does not have ("۳۲ اردیبهشت", Esfand 30 outside a leap year, month 13) is no date.
 */
final class HijriDateRules {
    private static final PersianTimeLexicon LEX = PersianTimeLexicon.get();
    private static final String OPT = "[\\s\\u00A0\\u200C]*";
    private static final String FA_DAY = "(?<day>" + DIGIT + "{1,2})";
    private static final String FA_WD = "(?:(?:روز" + SP + ")?" + LEX.regex("weekdays") + "[\\s\\u200C،,]+)?";
    private static final String EDGE = "(?:(?<edge>" + LEX.regex("edges") + ")" + SP + ")?";
    private static final String SOLAR_WORD = "(?:" + PersianTimeLexicon.spelled("شمسی") + "|" + PersianTimeLexicon.spelled("خورشیدی") + ")";
    private static final String LUNAR_WORD = PersianTimeLexicon.spelled("قمری");
    private static final String SOLAR_ERA = "(?:" + PersianTimeLexicon.spelled("هجری") + SP + SOLAR_WORD + "|ه\\." + OPT + "ش\\.?|" + SOLAR_WORD + ")";
    private static final String LUNAR_ERA = "(?:" + PersianTimeLexicon.spelled("هجری") + SP + LUNAR_WORD + "|ه\\." + OPT + "ق\\.?|" + LUNAR_WORD + ")";
    private static final String EN_DAY = "(?<day>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String EN_WD = "(?:" + TimeLexicon.WEEKDAY + ",?\\s+)?";
    /** Not the month and year of a day the calendar lacks ("۳۲ اردیبهشت ۱۳۹۷" is no date, nor is its month). */
    private static final String NO_DAY_BEFORE = "(?<!\\p{Nd}[\\s\\u00A0\\u200C]{1,3})";

    private HijriDateRules() {
    }

    static List<TimexRule> rules() {
        List<TimexRule> rules = new ArrayList<>();
        rules.addAll(forms(CalendarSystem.SOLAR_HIJRI, "solar", "solar-months", SOLAR_ERA, "SH|S\\.H\\.|AP|HS"));
        rules.addAll(forms(CalendarSystem.LUNAR_HIJRI, "lunar", "lunar-months", LUNAR_ERA, "AH|A\\.H\\.|H"));
        rules.add(PersianTimeLexicon.rule("fa-solar-month", NO_DAY_BEFORE + EDGE + faMonth("solar-months"), HijriDateRules::bareMonth));
        rules.add(PersianTimeLexicon.rule("fa-year", EDGE + "(?:(?<sal>" + PersianTimeLexicon.spelled("سال") + ")" + SP + ")?(?<year>" + DIGIT
                + "{4})(?:" + OPT + "(?:(?<solar>" + SOLAR_ERA + ")|(?<lunar>" + LUNAR_ERA + ")))?", HijriDateRules::year));
        rules.add(PersianTimeLexicon.rule("numeric-solar", "(?<year>" + DIGIT + "{4})(?<sep>[/-])(?<mon>" + DIGIT + "{1,2})\\k<sep>(?<day>"
                + DIGIT + "{1,2})(?![/-]" + DIGIT + ")", HijriDateRules::numeric));
        return rules;
    }

    private static String faMonth(String section) {
        return "(?<month>" + LEX.regex(section) + ")(?<suffix>" + "[\\s\\u00A0\\u200C]?ماه)?";
    }

    /** The six forms of one calendar: Persian d-m-y, d-m, m-y, and Latin d-m-y, m-d-y, m-y, d-m, m-d. */
    private static List<TimexRule> forms(CalendarSystem cal, String name, String section, String faEra, String enEra) {
        String faYear = SP + "(?:" + PersianTimeLexicon.spelled("سال") + SP + ")?(?<year>" + DIGIT + "{4})(?:" + OPT + faEra + ")?";
        String enYear = "(?<year>1[2-5]\\d\\d)(?:\\s*(?-i:" + enEra + ")(?![\\p{L}]))?";
        String la = "(?<month>" + LEX.regex(section + "/latin") + ")";
        String fa = faMonth(section);
        return List.of(
                PersianTimeLexicon.rule("fa-" + name + "-dmy", FA_WD + FA_DAY + SP + fa + faYear, (m, a) -> full(cal, section, m)),
                PersianTimeLexicon.rule("fa-" + name + "-dm", FA_WD + FA_DAY + SP + fa, (m, a) -> dayMonth(cal, section, m, a)),
                PersianTimeLexicon.rule("fa-" + name + "-my", NO_DAY_BEFORE + EDGE + fa + faYear, (m, a) -> monthYear(cal, section, m)),
                PersianTimeLexicon.rule("latin-hijri-" + name + "-dmy", EN_WD + "(?:the\\s+)?" + EN_DAY + "\\s+(?:of\\s+)?" + la + ",?\\s+" + enYear,
                        (m, a) -> full(cal, section + "/latin", m)),
                PersianTimeLexicon.rule("latin-hijri-" + name + "-mdy", EN_WD + la + "\\s+" + EN_DAY + ",?\\s+" + enYear,
                        (m, a) -> full(cal, section + "/latin", m)),
                PersianTimeLexicon.rule("latin-hijri-" + name + "-my", NO_DAY_BEFORE + la + ",?\\s+(?:of\\s+)?" + enYear, (m, a) -> monthYear(cal, section + "/latin", m)),
                PersianTimeLexicon.rule("latin-hijri-" + name + "-dm", EN_WD + "(?:the\\s+)?" + EN_DAY + "\\s+(?:of\\s+)?" + la,
                        (m, a) -> dayMonth(cal, section + "/latin", m, a)),
                PersianTimeLexicon.rule("latin-hijri-" + name + "-md", EN_WD + la + "\\s+" + EN_DAY + "(?![\\d:])",
                        (m, a) -> dayMonth(cal, section + "/latin", m, a)));
    }

    private static Integer monthOf(String section, Matcher m) {
        String k = LEX.key(section, m.group("month"));
        return k == null ? null : Integer.valueOf(k);
    }

    /** A year this calendar's dates are written with (Solar 1200-1599; lunar 1200-1599 too). */
    private static boolean calendarYear(int y) {
        return y >= 1200 && y < 1600;
    }

    private static Resolution full(CalendarSystem cal, String section, Matcher m) {
        Integer mo = monthOf(section, m);
        int y = PersianTimeLexicon.number(m.group("year"));
        LocalDate d = mo == null || !calendarYear(y) ? null : cal.date(y, mo, PersianTimeLexicon.number(m.group("day")));
        return d == null ? null : Resolution.date(new TimePoint(d, Grain.DAY, cal), null);
    }

    private static Resolution dayMonth(CalendarSystem cal, String section, Matcher m, Anchoring a) {
        Integer mo = monthOf(section, m);
        int day = PersianTimeLexicon.number(m.group("day"));
        if (mo == null || day < 1 || day > (cal == CalendarSystem.SOLAR_HIJRI ? mo <= 6 ? 31 : 30 : 30)) {
            return null;
        }
        if (!a.anchored()) {
            return Resolution.of(TimexType.DATE, "XXXX-XX-XX");
        }
        int y = cal.fields(a.dct())[0];
        LocalDate d = near(a, cal.date(y, mo, day), cal.date(y - 1, mo, day), cal.date(y + 1, mo, day));
        return d == null ? null : Resolution.date(new TimePoint(d, Grain.DAY, cal), null);
    }

    /** Of the date in the dct's year and a year before and after, the one the tense points to (any may be missing). */
    private static LocalDate near(Anchoring a, LocalDate same, LocalDate before, LocalDate after) {
        if (same == null) {
            same = a.tense() == Tense.FUTURE && after != null || before == null ? after : before;
            return same;
        }
        return a.pick(same, before, after);
    }

    private static Resolution monthYear(CalendarSystem cal, String section, Matcher m) {
        Integer mo = monthOf(section, m);
        int y = PersianTimeLexicon.number(m.group("year"));
        LocalDate d = mo == null || !calendarYear(y) ? null : cal.date(y, mo, 1);
        return d == null ? null : Resolution.date(new TimePoint(d, Grain.MONTH, cal), null).withMod(edge(m));
    }

    /** A Solar month name alone: only the unambiguous names, or any with "ماه" or an edge word (اواخر تیر). */
    private static Resolution bareMonth(Matcher m, Anchoring a) {
        if (!LEX.bare("solar-months", m.group("month")) && group(m, "suffix") == null && group(m, "edge") == null) {
            return null;
        }
        int mo = monthOf("solar-months", m);
        if (!a.anchored()) {
            return Resolution.of(TimexType.DATE, "XXXX-XX").withMod(edge(m));
        }
        CalendarSystem cal = CalendarSystem.SOLAR_HIJRI;
        int[] now = cal.fields(a.dct());
        LocalDate d = now[1] == mo ? cal.date(now[0], mo, 1)
                : a.pick(cal.date(now[0], mo, 1), cal.date(now[0] - 1, mo, 1), cal.date(now[0] + 1, mo, 1));
        return Resolution.date(new TimePoint(d, Grain.MONTH, cal), null).withMod(edge(m));
    }

    /** "سال ۱۳۹۷", "۱۳۹۷ هجری شمسی", "۱۴۴۰ قمری", "سال ۲۰۱۸": a year of the calendar its era or size names. */
    private static Resolution year(Matcher m, Anchoring a) {
        int y = PersianTimeLexicon.number(m.group("year"));
        boolean lunar = group(m, "lunar") != null;
        if (group(m, "sal") == null && group(m, "solar") == null && !lunar) {
            return null; // a bare number
        }
        if (!lunar && y >= 1600 && y <= (a.dct() == null ? 2100 : a.dct().getYear() + 30)) {
            return Resolution.date(new TimePoint(LocalDate.of(y, 1, 1), Grain.YEAR), null).withMod(edge(m));
        }
        CalendarSystem cal = lunar ? CalendarSystem.LUNAR_HIJRI : CalendarSystem.SOLAR_HIJRI;
        LocalDate d = calendarYear(y) ? cal.date(y, 1, 1) : null;
        return d == null ? null : Resolution.date(new TimePoint(d, Grain.YEAR, cal), null).withMod(edge(m));
    }

    /** "۱۳۹۷/۲/۲۷", "1397-02-27": year, month, day of the Solar calendar, the year near the dct's. */
    private static Resolution numeric(Matcher m, Anchoring a) {
        int y = PersianTimeLexicon.number(m.group("year"));
        int latest = a.dct() == null ? 1420 : CalendarSystem.SOLAR_HIJRI.fields(a.dct())[0] + 1;
        if (y < 1300 || y > latest) {
            return null;
        }
        LocalDate d = CalendarSystem.SOLAR_HIJRI.date(y, PersianTimeLexicon.number(m.group("mon")), PersianTimeLexicon.number(m.group("day")));
        return d == null ? null : Resolution.date(new TimePoint(d, Grain.DAY, CalendarSystem.SOLAR_HIJRI), null);
    }

    /** The TimeML mod an edge word asks for (START, MID, END), or null. */
    static String edge(Matcher m) {
        return LEX.key("edges", group(m, "edge"));
    }
}
