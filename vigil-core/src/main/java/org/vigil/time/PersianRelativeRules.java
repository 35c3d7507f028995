package org.vigil.time;

import static org.vigil.time.DateRules.group;
import static org.vigil.time.PersianTimeLexicon.DIGIT;
import static org.vigil.time.PersianTimeLexicon.SP;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Persian expressions relative to the publication date (امروز, دیروز, پریروز, فردا, امشب, دیشب, "هفته گذشته",
 * "سه هفته پیش", "امسال") or to the date in focus ("روز بعد", "دو روز بعد"), weekday names, and durations
 * ("سه روز گذشته": the past three days). Weeks, months and years are those of the Iranian calendar: a week runs
 * from Saturday to Friday, "ماه گذشته" is the Solar month before the publication date's. A bare weekday is the
 * most recent such day on or before the publication date (news report what happened), unless the tense cue
 * points ahead; with گذشته/پیش it is the one before, with آینده/بعد the one after.
 */
final class PersianRelativeRules {
    private static final PersianTimeLexicon LEX = PersianTimeLexicon.get();
    private static final CalendarSystem SOLAR = CalendarSystem.SOLAR_HIJRI;
    private static final String PART = "(?<part>" + LEX.regex("parts-of-day") + ")";
    private static final String PART_AFTER = "(?:" + SP + "(?<partafter>" + LEX.regex("parts-of-day") + "))?";
    private static final String UNIT = "(?<unit>" + LEX.regex("units") + ")";
    private static final String EZAFE = "(?:\\u200C?[یي])?";
    private static final String REL = "(?<rel>" + LEX.regex("relations") + ")";
    private static final String COUNT = "(?<n>" + DIGIT + "{1,3}|" + LEX.regex("numbers") + ")";
    /** Not the Friday of "Friday prayers" and "Friday prayer leader". */
    private static final String NOT_PRAYER = "(?<!(?:امام|نماز|ائمه|خطیب|خطيب|تریبون)[\\s\\u200C])";

    private PersianRelativeRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                PersianTimeLexicon.rule("fa-deictic-day", "(?:" + PART + SP + ")?(?<word>" + LEX.regex("deictic-days") + ")" + PART_AFTER,
                        PersianRelativeRules::deicticDay),
                PersianTimeLexicon.rule("fa-night", "(?<night>" + LEX.regex("nights") + ")", (m, a) ->
                        time(a.deictic(Grain.DAY, Integer.parseInt(LEX.key("nights", m.group("night")))), "NI")),
                PersianTimeLexicon.rule("fa-weekday", NOT_PRAYER + "(?:" + PersianTimeLexicon.spelled("روز") + SP + ")?(?<wd>" + LEX.regex("weekdays")
                        + ")(?:" + SP + REL + ")?" + PART_AFTER, PersianRelativeRules::weekday),
                PersianTimeLexicon.rule("fa-relative-unit", "(?<this>این)" + SP + "(?<unitthis>" + LEX.regex("units") + ")|" + UNIT + EZAFE + SP + REL
                        + "|(?<year>امسال|پارسال)", PersianRelativeRules::relativeUnit),
                PersianTimeLexicon.rule("fa-ago", COUNT + SP + UNIT + "(?:" + SP + "و" + SP + "نیم)?" + SP + REL, PersianRelativeRules::ago),
                PersianTimeLexicon.rule("fa-duration", COUNT + SP + UNIT, (m, a) ->
                        Resolution.of(TimexType.DURATION, TimeLexicon.duration(count(m), LEX.key("units", m.group("unit"))))));
    }

    /** The number a count names (digits or a word), or null when it is vague (چند). */
    private static Integer count(Matcher m) {
        String n = m.group("n");
        Integer digits = PersianTimeLexicon.number(n);
        int c = digits != null ? digits : Integer.parseInt(LEX.key("numbers", n));
        return c == 0 ? null : c;
    }

    private static String part(Matcher m) {
        String p = group(m, "part") != null ? group(m, "part") : group(m, "partafter");
        return p == null ? null : LEX.key("parts-of-day", p);
    }

    private static Resolution deicticDay(Matcher m, Anchoring a) {
        TimePoint day = a.deictic(Grain.DAY, Integer.parseInt(LEX.key("deictic-days", m.group("word"))));
        String part = part(m);
        return part != null ? time(day, part) : Resolution.date(day, "XXXX-XX-XX");
    }

    private static Resolution time(TimePoint day, String part) {
        return new Resolution(TimexType.TIME, (day == null ? "XXXX-XX-XX" : day.value()) + "T" + part, null, day);
    }

    private static Resolution weekday(Matcher m, Anchoring a) {
        DayOfWeek day = DayOfWeek.of(Integer.parseInt(LEX.key("weekdays", m.group("wd"))));
        String rel = LEX.key("relations", group(m, "rel"));
        String modifier = rel == null || rel.equals("this") ? null : rel.equals("past") || rel.equals("ago") ? "last" : "next";
        LocalDate d = a.weekday(day, modifier);
        TimePoint p = d == null ? null : new TimePoint(d, Grain.DAY, SOLAR);
        String part = part(m);
        return part != null ? time(p, part) : p == null ? Resolution.of(TimexType.DATE, "XXXX-WXX-" + day.getValue()) : Resolution.date(p, null);
    }

    private static Resolution relativeUnit(Matcher m, Anchoring a) {
        if (group(m, "year") != null) {
            return Resolution.date(deictic(a, Grain.YEAR, m.group("year").startsWith("ام") ? 0 : -1), "XXXX");
        }
        String unit = LEX.key("units", group(m, "this") != null ? m.group("unitthis") : m.group("unit"));
        Grain g = Grain.ofUnit(unit);
        if (g == null || g == Grain.DECADE || g == Grain.CENTURY) {
            return Resolution.of(TimexType.DURATION, TimeLexicon.duration(1, unit));
        }
        String rel = group(m, "this") != null ? "this" : LEX.key("relations", m.group("rel"));
        TimePoint p = switch (rel) {
            case "this" -> deictic(a, g, 0);
            case "next" -> deictic(a, g, 1);
            case "following" -> anaphoric(a, g, 1);
            case "ago" -> g == Grain.DAY ? anaphoric(a, g, -1) : deictic(a, g, -1);
            default -> deictic(a, g, -1);
        };
        return Resolution.date(p, RelativeRules.unknown(g));
    }

    private static Resolution ago(Matcher m, Anchoring a) {
        Integer n = count(m);
        String unit = LEX.key("units", m.group("unit"));
        Grain g = Grain.ofUnit(unit);
        String rel = LEX.key("relations", m.group("rel"));
        if (!rel.equals("ago") && !rel.equals("following")) {
            return Resolution.of(TimexType.DURATION, TimeLexicon.duration(n, unit)); // the past / the coming three days
        }
        if (n == null || g == null || m.group().contains("نیم")) {
            return Resolution.of(TimexType.DATE, rel.equals("ago") ? "PAST_REF" : "FUTURE_REF");
        }
        TimePoint p = rel.equals("ago") ? deictic(a, g, -n) : anaphoric(a, g, n);
        return Resolution.date(p, RelativeRules.unknown(g));
    }

    /** The unit of grain g of the Iranian calendar n units from the dct's, or null without a dct. */
    private static TimePoint deictic(Anchoring a, Grain g, long n) {
        return a.dct() == null ? null : new TimePoint(a.dct(), g, SOLAR).shift(n);
    }

    /** The unit n units from the date in focus (or the dct), or null without either. */
    private static TimePoint anaphoric(Anchoring a, Grain g, long n) {
        LocalDate from = a.focus() != null ? a.focus().date() : a.dct();
        return from == null ? null : new TimePoint(from, g, SOLAR).shift(n);
    }
}
