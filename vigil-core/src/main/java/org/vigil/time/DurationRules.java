package org.vigil.time;

import static org.vigil.time.DateRules.group;
import static org.vigil.time.RelativeRules.APPROX;
import static org.vigil.time.TimeLexicon.COUNT;
import static org.vigil.time.TimeLexicon.COUNT_OR_A;
import static org.vigil.time.TimeLexicon.UNIT;
import static org.vigil.time.TimeLexicon.UNIT1;
import static org.vigil.time.TimeLexicon.WEEKDAY;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Durations ("the past two months", "a two-year"), sets ("daily", "every week") and clock times ("5 p.m."). */
final class DurationRules {
    private static final String CLOCK = "(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?<tz>EST|EDT|CST|CDT|PST|PDT|ET|GMT|UTC|local time))?";

    private DurationRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("duration", APPROX + "?(?:the\\s+)?(?:(?<rel>first|last|past|next|previous|coming|following|final|initial|entire|whole|full|latest|recent|same|other)\\s+)?"
                        + "(?<n>" + COUNT_OR_A + ")\\s+(?:(?:more|full|straight|consecutive|additional|long|successive)\\s+)?(?<unit>" + UNIT + ")(?:\\s+or\\s+so)?",
                        DurationRules::duration),
                TimexRule.of("adjective-duration", "(?<n>" + COUNT + ")-(?<unit>" + UNIT1 + ")(?:-long)?", DurationRules::duration),
                TimexRule.of("and-a-half", APPROX + "?(?<n>" + COUNT_OR_A + ")\\s+(?<unit>" + UNIT1 + ")s?\\s+and\\s+a\\s+half",
                        (m, a) -> Resolution.of(TimexType.DURATION, "P" + halfCount(m.group("n")) + TimeLexicon.durationUnit(m.group("unit")).replace("T", ""))),
                TimexRule.of("bare-units", "(?<=(?:\\b(?:for|over|in|within|during|than|take|takes|took)\\s))(?:the\\s+)?(?:(?:past|last|next|coming|many|several|recent)\\s+)?"
                        + "(?<unit>minutes|hours|days|weeks|months|years|decades|centuries)(?!\\s+(?:of|ago|later|earlier|before|after)\\b)",
                        (m, a) -> Resolution.of(TimexType.DURATION, TimeLexicon.duration(null, m.group("unit")))),
                TimexRule.of("set-every", "(?:every|each|per)\\s+(?:other\\s+)?(?:(?<n>" + COUNT + ")\\s+)?(?<unit>" + UNIT + ")",
                        DurationRules::every),
                TimexRule.of("set-every-name", "(?:every|each)\\s+(?:(?<wd>" + WEEKDAY + ")|(?<month>" + TimeLexicon.MONTH + "))",
                        (m, a) -> Resolution.of(TimexType.SET, group(m, "wd") != null ? "XXXX-WXX-" + TimeLexicon.weekday(m.group("wd")).getValue()
                                : String.format("XXXX-%02d", TimeLexicon.month(m.group("month")).getValue()))),
                TimexRule.of("set-adverb", "(?<adv>(?-i:daily|weekly|monthly|yearly|annually|nightly|hourly))(?!\\s+(?:newspaper|paper|basis|average|rate))",
                        (m, a) -> Resolution.of(TimexType.SET, adverb(m.group("adv")))),
                TimexRule.of("set-times", "(?:once|twice|(?<n>" + COUNT + ")\\s+times)\\s+(?:a|an|per|each)\\s+(?<unit>" + UNIT1 + ")",
                        (m, a) -> Resolution.of(TimexType.SET, TimeLexicon.duration(1, m.group("unit")))),
                TimexRule.of("set-weekday", "(?:every\\s+(?<wd>" + WEEKDAY + ")|(?<=\\bon\\s)(?<wds>" + WEEKDAY + ")s)",
                        (m, a) -> Resolution.of(TimexType.SET, "XXXX-WXX-" + TimeLexicon.weekday(
                                group(m, "wd") != null ? m.group("wd") : m.group("wds")).getValue())),
                TimexRule.of("clock-day", RelativeRules.APPROX + "?(?:" + CLOCK + "|(?<word>noon|midnight))(?:\\s+|,\\s*)(?:on\\s+)?(?<dayword>today|yesterday|tomorrow|"
                        + WEEKDAY + "|" + TimeLexicon.MONTH + "\\s*" + TimeLexicon.DAY + ")", DurationRules::clock),
                TimexRule.of("clock", RelativeRules.APPROX + "?(?<h>1[0-2]|0?[1-9])(?::(?<min>[0-5]\\d))?\\s*(?<ampm>a\\.m\\.|p\\.m\\.|am|pm)(?:\\s+(?<tz>EST|EDT|CST|CDT|PST|PDT|ET|GMT|UTC|local time))?",
                        DurationRules::clock),
                TimexRule.of("clock24", "(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?:\\s+(?<tz>GMT|UTC|local time|EST|ET))",
                        DurationRules::clock),
                TimexRule.of("noon", "(?<word>noon|midday|midnight)", DurationRules::clock));
    }

    private static String halfCount(String n) {
        Integer c = TimeLexicon.count(n);
        return c == null ? "X" : c + ".5";
    }

    private static Resolution duration(Matcher m, Anchoring a) {
        String n = m.group("n");
        Integer count = TimeLexicon.count(n);
        if (count == null && n.matches("\\d+\\.\\d+")) {
            return Resolution.of(TimexType.DURATION, "P" + n + TimeLexicon.durationUnit(m.group("unit")).replace("T", ""));
        }
        return new Resolution(TimexType.DURATION, TimeLexicon.duration(count, m.group("unit")), RelativeRules.approx(m), null);
    }

    private static Resolution every(Matcher m, Anchoring a) {
        String n = group(m, "n");
        Integer c = n == null ? Integer.valueOf(1) : TimeLexicon.count(n);
        return Resolution.of(TimexType.SET, TimeLexicon.duration(c, m.group("unit")));
    }

    private static String adverb(String a) {
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "daily", "nightly" -> "P1D";
            case "weekly" -> "P1W";
            case "monthly" -> "P1M";
            case "quarterly" -> "P1Q";
            case "hourly" -> "PT1H";
            default -> "P1Y";
        };
    }

    private static Resolution clock(Matcher m, Anchoring a) {
        String word = group(m, "word");
        if (group(m, "h") == null) {
            return time(word.equalsIgnoreCase("midnight") ? "24:00" : "12:00", day(m, a));
        }
        int h = Integer.parseInt(m.group("h"));
        String ampm = group(m, "ampm");
        if (ampm != null) {
            boolean pm = ampm.toLowerCase(Locale.ROOT).startsWith("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        String min = group(m, "min");
        return time(String.format("%02d:%s", h, min == null ? "00" : min), day(m, a));
    }

    private static Resolution time(String hm, TimePoint d) {
        return new Resolution(TimexType.TIME, (d == null ? "XXXX-XX-XX" : d.value()) + "T" + hm, null, d);
    }

    /** The day a clock time is on: the one it names ("5 p.m. Friday"), else the date in focus. */
    private static TimePoint day(Matcher m, Anchoring a) {
        String w = group(m, "dayword");
        if (w == null) {
            return a.focus() != null && a.focus().grain() == Grain.DAY ? a.focus() : a.deictic(Grain.DAY, 0);
        }
        String l = w.toLowerCase(java.util.Locale.ROOT);
        if (l.equals("today") || l.equals("yesterday") || l.equals("tomorrow")) {
            return a.deictic(Grain.DAY, l.equals("today") ? 0 : l.equals("yesterday") ? -1 : 1);
        }
        java.util.regex.Matcher md = java.util.regex.Pattern.compile("(" + TimeLexicon.MONTH + ")\\s*(\\d+)").matcher(w);
        java.time.LocalDate d = md.find() ? a.monthDay(TimeLexicon.month(md.group(1)), TimeLexicon.day(md.group(2)))
                : a.weekday(TimeLexicon.weekday(w), null);
        return d == null ? null : new TimePoint(d, Grain.DAY);
    }
}
