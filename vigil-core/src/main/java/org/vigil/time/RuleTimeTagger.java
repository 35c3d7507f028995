package org.vigil.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.DateRange;
import org.vigil.model.Precision;
import org.vigil.model.Span;

/**
 * A rule-based temporal tagger for news: full dates, day and month without a year, months with and without a
 * year, years, weekdays, "yesterday", "last week/month/year". Relative expressions resolve against the anchor,
 * preferring the past; without an anchor they are dropped, never guessed.
 */
public final class RuleTimeTagger implements TimeTagger {
    private interface Resolver {
        DateRange resolve(Matcher m, LocalDate anchor, Integer anchorYear);
    }

    private record Rule(Pattern pattern, Resolver resolver, boolean pastFramed) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final String PART = "(?:\\s+(?:night|morning|evening|afternoon))?";
    private final List<Rule> rules = List.of(
            rule("\\b(" + Dates.FULL_DATE + ")\\b", (m, a, y) -> day(Dates.parseFull(m.group(1)), m.group()), false),
            rule("\\b(?:" + Dates.WEEKDAY + ",?\\s+)?(" + Dates.DAY + ")\\s+(" + Dates.MONTH + ")(?!\\s*,?\\s*\\d)",
                    (m, a, y) -> dayMonth(m.group(2), m.group(1), a, m.group()), false),
            rule("\\b(?:" + Dates.WEEKDAY + ",?\\s+)?(" + Dates.MONTH + ")\\s+(" + Dates.DAY + ")\\b(?!\\s*,?\\s*\\d)",
                    (m, a, y) -> dayMonth(m.group(1), m.group(2), a, m.group()), false),
            rule("\\b(?:(?:early|mid|late|in)\\s+)?(" + Dates.MONTH + "),?\\s+(" + Dates.YEAR + ")\\b",
                    (m, a, y) -> DateRange.month(Integer.parseInt(m.group(2)), Dates.month(m.group(1)).getValue(), m.group()), false),
            rule("\\blast\\s+(" + Dates.MONTH + ")(?!\\s*\\d)('s|’s)?", (m, a, y) -> lastMonth(m.group(1), a, m.group(), true), false),
            rule("\\b(?:in|since|during|early|late|this)\\s+(" + Dates.MONTH + ")(?!\\s*\\d)", (m, a, y) -> lastMonth(m.group(1), a, m.group(), false), false),
            rule("\\b(?:in|since|of|by|during|until|the)\\s+(" + Dates.YEAR + ")\\b", (m, a, y) -> year(m.group(1), m.group()), false),
            rule("\\b(" + Dates.YEAR + ")\\s+(?:massacre|uprising|revolution|coup|war|election|elections|protests|crackdown)\\b",
                    (m, a, y) -> year(m.group(1), m.group()), true),
            rule("\\b(last|this|next|on|since)?\\s*(" + Dates.WEEKDAY + ")" + PART + "\\b",
                    (m, a, y) -> weekday(m.group(1), m.group(2), a, m.group().trim()), false),
            rule("\\b(yesterday|today|tonight|last night)\\b", (m, a, y) -> deictic(m.group(1), a), false),
            rule("\\blast\\s+(week|month|year)('s|’s)?\\b", (m, a, y) -> lastUnit(m.group(1), a, y, m.group()), false),
            rule("\\b(?:since|the anniversary of)\\s+(?:the\\s+)?(" + Dates.YEAR + ")\\b", (m, a, y) -> year(m.group(1), m.group()), true));

    private static Rule rule(String regex, Resolver r, boolean pastFramed) {
        return new Rule(Pattern.compile(regex, FLAGS), r, pastFramed);
    }

    @Override
    public List<TimeMention> tag(String text, LocalDate anchor, Integer anchorYear) {
        return tag(text, anchor, anchorYear, rules);
    }

    /** The first full date (day, month and year) the text states, or null: the anchor of an undated story. */
    public LocalDate firstFullDate(String text) {
        return tag(text, null, null, rules.subList(0, 1)).stream().map(t -> t.range().start()).findFirst().orElse(null);
    }

    /** Every rule needs one of these words; rules run only in a window around them. */
    private static final Pattern CUE = Pattern.compile("\\b(?:" + Dates.MONTH + "|" + Dates.WEEKDAY + "|" + Dates.YEAR
            + "|yesterday|today|tonight|last night|last week|last month|last year)", FLAGS);
    private static final int WINDOW = 45;

    private List<TimeMention> tag(String text, LocalDate anchor, Integer anchorYear, List<Rule> rules) {
        List<TimeMention> found = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        Matcher cue = CUE.matcher(text);
        int covered = 0;
        while (cue.find()) {
            int from = Math.max(covered, cue.start() - WINDOW);
            int to = Math.min(text.length(), cue.end() + WINDOW);
            if (from < to) {
                scan(text, from, to, anchor, anchorYear, rules, found, seen);
            }
            covered = Math.max(covered, to - WINDOW);
        }
        return withoutOverlaps(found);
    }

    private void scan(String text, int from, int to, LocalDate anchor, Integer anchorYear, List<Rule> rules,
                      List<TimeMention> found, java.util.Set<Long> seen) {
        for (int ri = 0; ri < rules.size(); ri++) {
            Rule r = rules.get(ri);
            Matcher m = r.pattern().matcher(text).region(from, to).useTransparentBounds(true);
            while (m.find()) {
                if (!seen.add(((long) ri << 48) | ((long) m.start() << 24) | m.end())) {
                    continue;
                }
                if (!startsCapitalisedWhereNeeded(m)) {
                    continue;
                }
                DateRange d = r.resolver().resolve(m, anchor, anchorYear);
                if (d != null) {
                    String t = m.group().trim();
                    int start = m.start() + m.group().indexOf(t);
                    found.add(new TimeMention(new Span(start, start + t.length()), t, d, r.pastFramed() || framedAsPast(t)));
                }
            }
        }
    }

    /** Month and weekday names must be capitalised ("may" is a verb, "march" a noun). */
    private static final Pattern NAMES = Pattern.compile(Dates.MONTH + "|" + Dates.WEEKDAY, FLAGS);

    private static boolean startsCapitalisedWhereNeeded(Matcher m) {
        Matcher names = NAMES.matcher(m.group());
        while (names.find()) {
            if (!Character.isUpperCase(names.group().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean framedAsPast(String t) {
        String l = t.toLowerCase(Locale.ROOT);
        return l.endsWith("'s") || l.endsWith("’s") || l.startsWith("since");
    }

    private static DateRange day(LocalDate d, String text) {
        return d == null ? null : DateRange.day(d, text);
    }

    private static DateRange dayMonth(String month, String day, LocalDate anchor, String text) {
        if (anchor == null) {
            return null;
        }
        LocalDate d = Dates.pastDay(Dates.month(month), Integer.parseInt(day.replaceAll("\\D", "")), anchor);
        return day(d, text);
    }

    private static DateRange lastMonth(String month, LocalDate anchor, String text, boolean strictlyBefore) {
        if (anchor == null) {
            return null;
        }
        Month mo = Dates.month(month);
        int year = anchor.getYear();
        if (mo.getValue() > anchor.getMonthValue() || strictlyBefore && mo.getValue() == anchor.getMonthValue()) {
            year--;
        }
        return DateRange.month(year, mo.getValue(), text);
    }

    private static DateRange year(String y, String text) {
        return DateRange.year(Integer.parseInt(y), text);
    }

    private static DateRange weekday(String modifier, String name, LocalDate anchor, String text) {
        if (anchor == null) {
            return null;
        }
        DayOfWeek dow = Dates.weekday(name);
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        LocalDate d = switch (mod) {
            case "next" -> anchor.with(TemporalAdjusters.next(dow));
            case "last" -> anchor.with(TemporalAdjusters.previous(dow));
            default -> anchor.with(TemporalAdjusters.previousOrSame(dow));
        };
        return DateRange.day(d, text);
    }

    private static DateRange deictic(String word, LocalDate anchor) {
        if (anchor == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return DateRange.day(w.equals("yesterday") || w.equals("last night") ? anchor.minusDays(1) : anchor, word);
    }

    private static DateRange lastUnit(String unit, LocalDate anchor, Integer anchorYear, String text) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("year") && (anchor != null || anchorYear != null)) {
            return DateRange.year((anchor != null ? anchor.getYear() : anchorYear) - 1, text);
        }
        if (anchor == null) {
            return null;
        }
        if (u.equals("month")) {
            LocalDate m = anchor.minusMonths(1);
            return DateRange.month(m.getYear(), m.getMonthValue(), text);
        }
        LocalDate monday = anchor.minusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new DateRange(monday, monday.plusDays(6), Precision.WEEK, text);
    }

    private static List<TimeMention> withoutOverlaps(List<TimeMention> all) {
        List<TimeMention> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt((TimeMention t) -> t.span().length()).reversed());
        List<TimeMention> kept = new ArrayList<>();
        for (TimeMention t : sorted) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(t -> t.span().start()));
        return kept;
    }
}
