package org.vigil.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word each rule's matches must hold: a month or weekday name, a number, a unit... The extent finder tries
 * a rule only just before the words that are its cue, so that a text without month names costs the month rules
 * nothing. Cues test single words (letters and digits), so that finding them is one pass over the text.
 */
enum RuleCues {
    MONTH, WEEKDAY, NAMES, NUMBER, UNIT, CLOCK, SEASON, HOLIDAY, DEICTIC_DAY, PART_OF_DAY, REF, ADVERB, NOON,
    /** A word in Arabic script (letters or digits): the cue of the Persian rules ("fa-..."). */
    PERSIAN,
    /** The first word of a Latin spelling of an Iranian or Islamic month ("Ordibehesht", "Rabi"). */
    HIJRI_LATIN;

    private static final Set<String> MONTHS = Set.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
    private static final Set<String> WEEKDAYS = Set.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
    private static final String[] UNITS = {"second", "minute", "hour", "day", "night", "week", "month", "quarter", "half", "year",
        "decade", "centur", "period"};
    private static final Set<String> REFS = Set.of("now", "current", "currently", "present", "presently", "moment", "recent", "recently",
            "lately", "past", "future", "term", "coming", "days", "nowadays");
    private static final Set<String> SEASONS = Set.of("spring", "summer", "fall", "autumn", "winter");
    private static final Set<String> HOLIDAYS = Set.of("Christmas", "New", "Thanksgiving", "Halloween", "Valentine", "Independence");
    private static final Map<String, RuleCues> BY_RULE = Map.ofEntries(
            Map.entry("iso-date", NUMBER), Map.entry("us-numeric-date", NUMBER), Map.entry("month-day-year", MONTH),
            Map.entry("day-month-year", MONTH), Map.entry("month-day", MONTH), Map.entry("day-month", MONTH),
            Map.entry("month-year", MONTH), Map.entry("month-relative-year", MONTH), Map.entry("bare-may-march", MONTH),
            Map.entry("month", MONTH), Map.entry("year", NUMBER), Map.entry("decade", NUMBER), Map.entry("century", NUMBER),
            Map.entry("season", SEASON), Map.entry("ordinal-quarter", UNIT), Map.entry("named-quarter", UNIT),
            Map.entry("holiday", HOLIDAY), Map.entry("deictic-day", DEICTIC_DAY), Map.entry("part-of-day", PART_OF_DAY),
            Map.entry("ref", REF), Map.entry("weekday", WEEKDAY), Map.entry("relative-unit", UNIT), Map.entry("the-weekend", UNIT),
            Map.entry("ago", UNIT), Map.entry("the-year", UNIT), Map.entry("later", UNIT), Map.entry("year-ago", UNIT),
            Map.entry("end-of-unit", UNIT), Map.entry("year-end", UNIT), Map.entry("duration", UNIT),
            Map.entry("adjective-duration", UNIT), Map.entry("and-a-half", UNIT), Map.entry("bare-units", UNIT),
            Map.entry("set-every", UNIT), Map.entry("set-every-name", NAMES), Map.entry("set-adverb", ADVERB),
            Map.entry("set-times", UNIT), Map.entry("set-weekday", WEEKDAY), Map.entry("clock-day", CLOCK), Map.entry("clock", CLOCK),
            Map.entry("clock24", NUMBER), Map.entry("noon", NOON));

    /** The cue of a rule, or null when the rule must scan the whole text. */
    static RuleCues of(TimexRule rule) {
        String name = rule.name();
        if (name.startsWith("fa-")) {
            return PERSIAN;
        }
        return name.startsWith("latin-hijri-") ? HIJRI_LATIN : name.equals("numeric-solar") ? NUMBER : BY_RULE.get(name);
    }

    /** Whether a word (letters or digits only) is this cue; {@code lower} is the word in lower case. */
    boolean test(String word, String lower) {
        return switch (this) {
            case MONTH -> name(word, lower, MONTHS);
            case WEEKDAY -> name(word, lower, WEEKDAYS) && lower.contains("day");
            case NAMES -> MONTH.test(word, lower) || WEEKDAY.test(word, lower);
            case NUMBER -> Character.isDigit(word.charAt(0)) || lower.equals("nineteen") || lower.equals("thousand");
            case UNIT -> unit(lower);
            case CLOCK -> Character.isDigit(word.charAt(0)) || NOON.test(word, lower);
            case SEASON -> SEASONS.contains(lower);
            case HOLIDAY -> HOLIDAYS.contains(word);
            case DEICTIC_DAY -> lower.equals("today") || lower.equals("yesterday") || lower.equals("tomorrow");
            case PART_OF_DAY -> lower.contains("night") || lower.equals("morning") || lower.equals("afternoon") || lower.equals("evening");
            case REF -> REFS.contains(lower);
            case ADVERB -> lower.endsWith("ly");
            case NOON -> lower.equals("noon") || lower.equals("midday") || lower.equals("midnight");
            case PERSIAN -> Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.ARABIC;
            case HIJRI_LATIN -> Character.isUpperCase(word.charAt(0)) && PersianTimeLexicon.get().latinCue(lower);
        };
    }

    /** A capitalised (or all-capitals) word whose first three letters are in names: "May", "MARCH", "Fri". */
    private static boolean name(String word, String lower, Set<String> names) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String cap = word.charAt(0) + lower.substring(1, 3);
        return names.contains(cap) && (Character.isLowerCase(word.charAt(1)) || word.substring(0, 3).equals(cap.toUpperCase(Locale.ROOT)));
    }

    private static boolean unit(String lower) {
        for (String u : UNITS) {
            if (lower.startsWith(u)) {
                return true;
            }
        }
        return false;
    }
}
