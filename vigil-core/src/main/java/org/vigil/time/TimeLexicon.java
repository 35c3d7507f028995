package org.vigil.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of time expressions as regular-expression fragments, and their meanings: month, weekday, season
 * and part-of-day names, number words, calendar units. Month and weekday names must be capitalised (or all
 * capitals): "may" is a verb, "march" a noun.
 */
final class TimeLexicon {
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final String MONTH = "(?:(?-i:" + names(MONTHS)
            + "|Sept\\.?|SEPT\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?|(?:JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\.?)(?![\\p{L}]))";
    private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    static final String WEEKDAY = "(?:(?-i:" + names(WEEKDAYS) + "))";
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    static final String PART = "(?:morning|afternoon|evening|night|overnight)";
    static final String UNIT = "(?:seconds?|minutes?|hours?|days?|nights?|weekends?|weeks?|months?|quarters?|years?|decades?|century|centuries)";
    static final String UNIT1 = "(?:second|minute|hour|day|night|weekend|week|month|quarter|year|decade|century)";
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a hundred", 100), Map.entry("a dozen", 12),
            Map.entry("dozen", 12), Map.entry("half a", 0), Map.entry("a half", 0));
    private static final String ONES = "(?:one|two|three|four|five|six|seven|eight|nine)";
    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
    /** A year in words: "nineteen ninety-six", "two thousand", "the year two thousand". */
    static final String SPELLED_YEAR = "(?:nineteen\\s+(?:hundred\\s+(?:and\\s+)?)?(?:" + TENS + "(?:[-\\s]" + ONES + ")?|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+(?:and\\s+)?" + ONES + ")?)";
    static final String NUMBER_WORD = "(?:" + TENS + "(?:[-\\s]" + ONES + ")?"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
            + "|eighteen|nineteen|a hundred|hundred|a dozen|dozen)";
    /** A count: digits, a number word, or a vague quantity (several, a few, some, many) that becomes X. */
    static final String COUNT = "(?:\\d+(?:\\.\\d+)?|" + NUMBER_WORD + "|a few|a couple of|several|few|some|many|couple of)";
    /** "a"/"an" or a count. */
    static final String COUNT_OR_A = "(?:" + COUNT + "|an|a)";

    private TimeLexicon() {
    }

    private static String names(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            b.append(b.isEmpty() ? "" : "|").append(n).append('|').append(n.toUpperCase(Locale.ROOT));
        }
        return b.toString();
    }

    static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, Math.min(3, n.length())))) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** A year in digits or words. */
    static int year(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim();
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        w = w.replaceAll("\\s+(?:hundred\\s+)?(?:and\\s+)?", " ").trim();
        if (w.startsWith("two thousand")) {
            String rest = w.substring("two thousand".length()).trim();
            return 2000 + (rest.isEmpty() ? 0 : count(rest));
        }
        String rest = w.substring("nineteen".length()).trim();
        Integer n = count(rest.replace(' ', '-'));
        return 1900 + (n == null ? 0 : n);
    }

    static int day(String s) {
        return Integer.parseInt(s.replaceAll("\\D", ""));
    }

    /** The number a count names, or null when it is vague (several, a few) or not a whole number. */
    static Integer count(String s) {
        String w = s.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (w.matches("\\d+")) {
            return Integer.parseInt(w);
        }
        if (w.matches("\\d+\\.\\d+")) {
            return null;
        }
        Integer n = NUMBERS.get(w);
        if (n != null) {
            return n == 0 ? null : n;
        }
        w = w.replace(' ', '-');
        int dash = w.indexOf('-');
        if (dash > 0 && NUMBERS.containsKey(w.substring(0, dash)) && NUMBERS.containsKey(w.substring(dash + 1))) {
            return NUMBERS.get(w.substring(0, dash)) + NUMBERS.get(w.substring(dash + 1));
        }
        return null;
    }

    /** Month of the representative date of a season (April, July, October, January). */
    static int seasonMonth(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "spring" -> 4;
            case "summer" -> 7;
            case "fall", "autumn" -> 10;
            default -> 1;
        };
    }

    /** TimeML part-of-day code: MO, AF, EV, NI. */
    static String partOfDay(String part) {
        return switch (part.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            default -> "NI";
        };
    }

    /** The ISO 8601 duration letter of a unit, with the time designator for clock units: "D", "TH". */
    static String durationUnit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("sec")) {
            return "TS";
        }
        if (u.startsWith("min")) {
            return "TM";
        }
        if (u.startsWith("hour")) {
            return "TH";
        }
        if (u.startsWith("decade")) {
            return "DE";
        }
        if (u.startsWith("centur")) {
            return "CE";
        }
        Grain g = Grain.ofUnit(u);
        return g == null ? "D" : switch (g) {
            case WEEK -> "W";
            case WEEKEND -> "WE";
            case MONTH -> "M";
            case QUARTER -> "Q";
            case YEAR -> "Y";
            default -> "D";
        };
    }

    /** A TimeML duration: P3D, PT2H, PXY; decades and centuries in years when counted (P10Y). */
    static String duration(Integer n, String unit) {
        String u = durationUnit(unit);
        if (n != null && u.equals("DE")) {
            return "P" + n * 10 + "Y";
        }
        if (n != null && u.equals("CE")) {
            return "P" + n * 100 + "Y";
        }
        String count = n == null ? "X" : n.toString();
        return u.startsWith("T") ? "PT" + count + u.substring(1) : "P" + count + u;
    }
}
