package org.vigil.time;

import static org.vigil.time.DateRules.group;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Business and calendar periods: quarters ("the third quarter", "third-quarter"), halves, and holidays. */
final class PeriodRules {
    private static final String ORD = "(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)";
    private static final String OF_YEAR = "(?:\\s+of\\s+(?:fiscal\\s+)?(?:(?<year>" + TimeLexicon.YEAR + ")|(?<yrel>this|last|next)\\s+year))?";

    private PeriodRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("ordinal-quarter", "(?:(?:the|this\\s+year's|last\\s+year's|next\\s+year's)\\s+(?=(?:fiscal\\s+)?(?:\\d{4}\\s+)?\\w+\\s+(?:fiscal\\s+|calendar\\s+)?(?:quarter|half)))?(?:fiscal\\s+)?(?:(?<yr>" + TimeLexicon.YEAR + ")\\s+)?" + ORD
                        + "[\\s-]+(?:fiscal\\s+|calendar\\s+)?(?<what>quarter|half)" + OF_YEAR, PeriodRules::ordinal),
                TimexRule.of("named-quarter", "(?:the\\s+)?(?<rel>latest|current|past|previous|last|recent|most recent|same|this|next|coming|fiscal)?\\s*(?:fiscal\\s+)?quarter(?!ly|s)"
                        + "|(?:the\\s+)?(?<rel2>latest|most recent)\\s+period",
                        PeriodRules::named),
                TimexRule.of("holiday", "(?<h>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)|Thanksgiving(?: Day)?|Halloween|Valentine's Day|Independence Day)"
                        + "(?:\\s+(?<year>" + TimeLexicon.YEAR + "))?", PeriodRules::holiday));
    }

    private static Resolution ordinal(Matcher m, Anchoring a) {
        String o = m.group("ord").toLowerCase(Locale.ROOT);
        int n = o.startsWith("f") && !o.startsWith("fo") || o.startsWith("1") ? 1 : o.startsWith("s") || o.startsWith("2") ? 2
                : o.startsWith("t") || o.startsWith("3") ? 3 : 4;
        boolean half = m.group("what").equalsIgnoreCase("half");
        if (half && n > 2) {
            return null;
        }
        Grain g = half ? Grain.HALF : Grain.QUARTER;
        int month = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
        Integer year = explicitYear(m, a);
        if (year == null) {
            if (a.dct() != null) {
                year = a.dct().getYear();
                if (LocalDate.of(year, month, 1).isAfter(a.dct()) && a.tense() != Tense.FUTURE) {
                    year--;
                }
            } else {
                return Resolution.of(TimexType.DATE, half ? "XXXX-H" + n : "XXXX-Q" + n);
            }
        }
        return Resolution.date(new TimePoint(LocalDate.of(year, month, 1), g), null);
    }

    private static Integer explicitYear(Matcher m, Anchoring a) {
        for (String name : new String[] {"year", "yr"}) {
            String y = group(m, name);
            if (y != null) {
                return Integer.parseInt(y);
            }
        }
        String rel = group(m, "yrel");
        String t = m.group().toLowerCase(Locale.ROOT);
        if (rel == null) {
            rel = t.startsWith("this year") ? "this" : t.startsWith("last year") ? "last" : t.startsWith("next year") ? "next" : null;
        }
        if (rel == null || a.dct() == null) {
            return null;
        }
        return a.dct().getYear() + (rel.equalsIgnoreCase("last") ? -1 : rel.equalsIgnoreCase("next") ? 1 : 0);
    }

    private static Resolution named(Matcher m, Anchoring a) {
        String rel = group(m, "rel") != null ? group(m, "rel") : group(m, "rel2");
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        if (!m.group().toLowerCase(Locale.ROOT).startsWith("the") && r.isEmpty()) {
            return null; // a bare "quarter" is a fraction or a district
        }
        TimePoint p = switch (r) {
            case "current", "this" -> a.deictic(Grain.QUARTER, 0);
            case "next", "coming" -> a.deictic(Grain.QUARTER, 1);
            case "previous" -> a.anaphoric(Grain.QUARTER, -1);
            case "last", "past", "latest", "most recent" -> a.deictic(Grain.QUARTER, -1);
            default -> a.focus() != null && a.focus().grain() == Grain.QUARTER ? a.focus() : a.deictic(Grain.QUARTER, -1);
        };
        return Resolution.date(p, "XXXX-QX");
    }

    private static Resolution holiday(Matcher m, Anchoring a) {
        String h = m.group("h").toLowerCase(Locale.ROOT);
        String y = group(m, "year");
        Integer year = y != null ? Integer.valueOf(y) : a.dct() != null ? a.dct().getYear() : null;
        int[] md = switch (h) {
            case "christmas", "christmas day" -> new int[] {12, 25};
            case "christmas eve" -> new int[] {12, 24};
            case "new year's day" -> new int[] {1, 1};
            case "new year's eve" -> new int[] {12, 31};
            case "halloween" -> new int[] {10, 31};
            case "valentine's day" -> new int[] {2, 14};
            case "independence day" -> new int[] {7, 4};
            default -> null;
        };
        if (year == null) {
            return Resolution.of(TimexType.DATE, md == null ? "XXXX-11-XX" : String.format("XXXX-%02d-%02d", md[0], md[1]));
        }
        if (y != null) {
            return Resolution.date(new TimePoint(holiday(md, year), Grain.DAY), null);
        }
        LocalDate d = a.pick(holiday(md, year), holiday(md, year - 1), holiday(md, year + 1));
        return Resolution.date(new TimePoint(d, Grain.DAY), null);
    }

    private static LocalDate holiday(int[] md, int year) {
        return md != null ? LocalDate.of(year, md[0], md[1])
                : LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, java.time.DayOfWeek.THURSDAY));
    }
}
