package org.vigil.time;

import static org.vigil.time.DateRules.MOD;
import static org.vigil.time.DateRules.at;
import static org.vigil.time.DateRules.group;
import static org.vigil.time.TimeLexicon.COUNT_OR_A;
import static org.vigil.time.TimeLexicon.PART;
import static org.vigil.time.TimeLexicon.UNIT;
import static org.vigil.time.TimeLexicon.WEEKDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Expressions relative to the dct (deictic: "yesterday", "last week", "three days ago", "Friday") or to the
 * date in focus (anaphoric: "the next day", "two days later", "that year", "the year-earlier quarter").
 */
final class RelativeRules {
    static final String APPROX = "(?:(?<approx>about|around|nearly|almost|no more than|not more than|no less than|more than|less than|at least|roughly|approximately|some|up to)\\s+)";
    /** "early", "late", "earlier", "later" before a day: part of the extent, a START or END mod. */
    private static final String DAY_EDGE = "(?:(?<dayedge>early|late|earlier|later)\\s+)?";
    private static final String REL_UNIT = "(?<unit>day|night|weekend|week|month|quarter|year|decade|century|fiscal year)";

    private RelativeRules() {
    }

    static List<TimexRule> rules() {
        return List.of(
                TimexRule.of("deictic-day", DAY_EDGE + "(?:the\\s+day\\s+(?<side>before|after)\\s+)?(?<word>today|yesterday|tomorrow)",
                        RelativeRules::deicticDay),
                TimexRule.of("part-of-day", "(?:(?<day>today|yesterday|tomorrow|this|last|" + WEEKDAY + ")\\s+(?<part>" + PART + ")|(?<tonight>tonight))",
                        RelativeRules::partOfDay),
                TimexRule.of("ref", "(?<ref>(?:right\\s+)?now|currently|nowadays|these days|at present|presently|at the moment|recently|lately"
                        + "|the past|the (?:near |distant )?future|the near term|the short term|the long term|recent (?:days|weeks|years)|(?:the\\s+)?coming (?:days|weeks|months|years))(?!\\s+(?:that|on|of)\\b)",
                        RelativeRules::ref),
                TimexRule.of("weekday", DAY_EDGE + "(?:(?<rel>last|this|next|past|coming|the previous|the following|that)\\s+)?(?<wd>" + WEEKDAY + ")(?!\\s*,?\\s*(?:" + TimeLexicon.MONTH + "|\\d))",
                        (m, a) -> weekday(m, a)),
                TimexRule.of("relative-unit", "(?:" + MOD + "|(?<edge>earlier|later)\\s+(?!this\\s+week))?(?:(?<the>the)\\s+)?(?<rel>last|this past|this|next|past|previous|coming|current|present|same|following|that)\\s+" + REL_UNIT,
                        RelativeRules::relativeUnit),
                TimexRule.of("the-weekend", "(?:the|this)\\s+weekend", (m, a) -> Resolution.date(
                        a.deictic(Grain.WEEKEND, a.tense() == Tense.PAST && a.dct() != null && a.dct().getDayOfWeek().getValue() < 6 ? -1 : 0), "XXXX-WXX-WE")),
                TimexRule.of("ago", APPROX + "?(?<n>" + COUNT_OR_A + ")\\s+(?<unit>" + UNIT + ")(?:\\s+or\\s+so)?\\s+ago", RelativeRules::ago),
                TimexRule.of("the-year", "the\\s+(?<what>(?:fiscal|full|calendar|current)\\s+)?(?<unit>year|week)(?!\\s+(?:ago|earlier|later|before|after)\\b|-)",
                        RelativeRules::theYear),
                TimexRule.of("later", APPROX + "?(?<n>" + COUNT_OR_A + ")\\s+(?<unit>" + UNIT + ")\\s+(?<dir>later|earlier|before(?=\\s*[.,;])|after(?=\\s*[.,;]))(?!\\s+than)",
                        RelativeRules::later),
                TimexRule.of("year-ago", "(?:the\\s+)?(?:year-ago|year-earlier|year earlier|prior-year|year-before)\\s+(?:quarter|period)s?|(?:year-ago|year-earlier|prior-year)",
                        (m, a) -> yearAgo(a)),
                TimexRule.of("end-of-unit", "(?:the\\s+)?(?<edge>end|close|turn|beginning|start|middle)\\s+of\\s+(?:the\\s+|this\\s+)?(?<unit>year|month|week|quarter|decade|century)",
                        (m, a) -> Resolution.date(a.deictic(Grain.ofUnit(m.group("unit")), 0), "XXXX")
                                .withMod(edge(m.group("edge")))),
                TimexRule.of("year-end", "year[- ]end", (m, a) -> Resolution.date(a.deictic(Grain.YEAR, 0), "XXXX").withMod("END")));
    }

    private static Resolution theYear(Matcher m, Anchoring a) {
        Grain g = Grain.ofUnit(m.group("unit"));
        if (group(m, "what") == null && g == Grain.YEAR) {
            return Resolution.of(TimexType.DURATION, "P1Y");
        }
        TimePoint p = a.focus() != null && a.focus().grain() == g ? a.focus() : a.deictic(g, 0);
        return Resolution.date(p, unknown(g));
    }

    private static String edge(String w) {
        String e = w.toLowerCase(Locale.ROOT);
        return e.equals("middle") ? "MID" : e.equals("beginning") || e.equals("start") ? "START" : "END";
    }

    private static Resolution deicticDay(Matcher m, Anchoring a) {
        String w = m.group("word").toLowerCase(Locale.ROOT);
        int n = w.equals("yesterday") ? -1 : w.equals("tomorrow") ? 1 : 0;
        String side = group(m, "side");
        if (side != null) {
            n += side.equalsIgnoreCase("before") ? -1 : 1;
        }
        return Resolution.date(a.deictic(Grain.DAY, n), "XXXX-XX-XX").withMod(dayEdge(m));
    }

    private static Resolution partOfDay(Matcher m, Anchoring a) {
        if (group(m, "tonight") != null) {
            return time(a.deictic(Grain.DAY, 0), "NI");
        }
        String d = m.group("day").toLowerCase(Locale.ROOT);
        String part = TimeLexicon.partOfDay(m.group("part"));
        TimePoint p = switch (d) {
            case "yesterday" -> a.deictic(Grain.DAY, -1);
            case "tomorrow" -> a.deictic(Grain.DAY, 1);
            case "last" -> part.equals("NI") ? a.deictic(Grain.DAY, -1) : null;
            case "today", "this" -> a.deictic(Grain.DAY, 0);
            default -> {
                LocalDate w = a.weekday(TimeLexicon.weekday(m.group("day")), null);
                yield w == null ? null : new TimePoint(w, Grain.DAY);
            }
        };
        if (p == null && d.equals("last")) {
            return null;
        }
        return time(p, part);
    }

    private static Resolution time(TimePoint day, String part) {
        return new Resolution(TimexType.TIME, (day == null ? "XXXX-XX-XX" : day.value()) + "T" + part, null, day);
    }

    private static Resolution ref(Matcher m, Anchoring a) {
        String r = m.group("ref").toLowerCase(Locale.ROOT);
        if (r.matches("now|currently|nowadays|these days|at present|presently|at the moment")) {
            return Resolution.of(TimexType.DATE, "PRESENT_REF");
        }
        if (r.matches("the (?:near |distant )?future|the (?:near|short|long) term|the coming.*")) {
            return Resolution.of(TimexType.DATE, "FUTURE_REF");
        }
        return Resolution.of(TimexType.DATE, "PAST_REF");
    }

    private static Resolution weekday(Matcher m, Anchoring a) {
        DayOfWeek day = TimeLexicon.weekday(m.group("wd"));
        String rel = group(m, "rel");
        LocalDate d = rel != null && rel.contains(" ") || "that".equalsIgnoreCase(rel) ? anaphoricWeekday(day, rel, a) : a.weekday(day, rel);
        return (d == null ? Resolution.of(TimexType.DATE, "XXXX-WXX-" + day.getValue()) : Resolution.date(new TimePoint(d, Grain.DAY), null))
                .withMod(dayEdge(m));
    }

    /** "the previous Friday", "the following Friday", "that Friday": counted from the date in focus. */
    private static LocalDate anaphoricWeekday(DayOfWeek day, String rel, Anchoring a) {
        TimePoint f = a.focus() != null ? a.focus() : a.deictic(Grain.DAY, 0);
        if (f == null) {
            return null;
        }
        LocalDate from = f.date();
        String r = rel.toLowerCase(Locale.ROOT);
        return r.endsWith("previous") ? from.with(java.time.temporal.TemporalAdjusters.previous(day))
                : r.endsWith("following") ? from.with(java.time.temporal.TemporalAdjusters.next(day))
                : from.with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
    }

    private static Resolution relativeUnit(Matcher m, Anchoring a) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT).replace("fiscal ", "");
        Grain g = Grain.ofUnit(unit);
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        boolean the = group(m, "the") != null;
        TimePoint p = switch (rel) {
            case "this", "current", "present" -> a.deictic(g, 0);
            case "last", "past", "this past" -> a.deictic(g, -1);
            case "previous" -> the ? a.anaphoric(g, -1) : a.deictic(g, -1);
            case "next", "coming" -> the ? a.anaphoric(g, 1) : a.deictic(g, 1);
            case "following" -> a.anaphoric(g, 1);
            default -> a.anaphoric(g, 0);
        };
        Resolution r = Resolution.date(p, unknown(g));
        String edge = group(m, "edge");
        if (edge != null) {
            r = r.withMod(edge.equalsIgnoreCase("earlier") ? "START" : "END");
        }
        return group(m, "mod") != null ? r.withMod(DateRules.mod(m)) : r;
    }

    private static String dayEdge(Matcher m) {
        String e = group(m, "dayedge");
        return e == null ? null : e.toLowerCase(Locale.ROOT).startsWith("early") ? "START" : "END";
    }

    static String unknown(Grain g) {
        return switch (g) {
            case DAY -> "XXXX-XX-XX";
            case WEEK -> "XXXX-WXX";
            case WEEKEND -> "XXXX-WXX-WE";
            case MONTH -> "XXXX-XX";
            case QUARTER -> "XXXX-QX";
            case DECADE -> "XXX";
            case CENTURY -> "XX";
            default -> "XXXX";
        };
    }

    private static Resolution ago(Matcher m, Anchoring a) {
        Integer n = TimeLexicon.count(m.group("n"));
        Grain g = Grain.ofUnit(m.group("unit"));
        if (n == null || g == null) {
            return Resolution.of(TimexType.DATE, "PAST_REF");
        }
        TimePoint p = g == Grain.YEAR && a.focus() != null && a.focus().grain() == Grain.QUARTER
                ? a.focus().shift(-4L * n) : a.deictic(g, -n);
        return Resolution.date(p, unknown(g)).withMod(approx(m));
    }

    private static Resolution later(Matcher m, Anchoring a) {
        Integer n = TimeLexicon.count(m.group("n"));
        Grain g = Grain.ofUnit(m.group("unit"));
        if (n == null || g == null) {
            return Resolution.of(TimexType.DURATION, TimeLexicon.duration(n, m.group("unit")));
        }
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int sign = dir.equals("later") || dir.equals("after") ? 1 : -1;
        TimePoint p = g == Grain.YEAR && a.focus() != null && a.focus().grain() == Grain.QUARTER
                ? a.focus().shift(sign * 4L * n) : a.anaphoric(g, (long) sign * n);
        return Resolution.date(p, unknown(g)).withMod(approx(m));
    }

    static String approx(Matcher m) {
        String w = group(m, "approx");
        if (w == null) {
            return null;
        }
        w = w.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "more than", "over" -> "MORE_THAN";
            case "less than" -> "LESS_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "up to" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
    }

    private static Resolution yearAgo(Anchoring a) {
        if (a.focus() != null && a.focus().grain() == Grain.QUARTER) {
            return Resolution.date(a.focus().shift(-4), null);
        }
        return Resolution.date(a.deictic(Grain.YEAR, -1), "XXXX");
    }
}
