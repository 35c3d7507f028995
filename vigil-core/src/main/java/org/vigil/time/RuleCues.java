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
    private static final Set<String> DEICTIC_DAYS = Set.of("today", "yesterday", "tomorrow");
    private static final Set<String> NOONS = Set.of("noon", "midday", "midnight");
    private static final Set<String> NUMBER_WORDS = Set.of("nineteen", "thousand");
    private static final RuleCues[] VALUES = values();
    /** The characters the words of a list start with (ASCII, as all are): a word starting otherwise is none of them. */
    private static final boolean[] MONTH_FIRST = firsts(MONTHS);
    private static final boolean[] WEEKDAY_FIRST = firsts(WEEKDAYS);
    private static final boolean[] HOLIDAY_FIRST = firsts(HOLIDAYS);
    private static final boolean[] UNIT_FIRST = firsts(Set.of(UNITS));
    private static final boolean[] SEASON_FIRST = firsts(SEASONS);
    private static final boolean[] REF_FIRST = firsts(REFS);
    private static final boolean[] DEICTIC_FIRST = firsts(DEICTIC_DAYS);
    private static final boolean[] NOON_FIRST = firsts(NOONS);
    private static final boolean[] NUMBER_FIRST = firsts(NUMBER_WORDS);
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

    /** Per ASCII first character of a word, the cues {@link #mayBe} allows (its lower case starting in lower case). */
    private static final int[] CANDIDATES = new int[128];

    static {
        for (char c = 0; c < 128; c++) {
            CANDIDATES[c] = candidates(c, Character.toLowerCase(c));
        }
    }

    /** The cues a word (letters or digits only) is, as bits of {@link #ordinal}; {@code lower} is it in lower case. */
    static int maskOf(String word, String lower) {
        char first = word.charAt(0);
        char lowerFirst = lower.charAt(0);
        int candidates = first < 128 && lowerFirst == Character.toLowerCase(first) ? CANDIDATES[first] : candidates(first, lowerFirst);
        int mask = 0;
        for (int c = candidates; c != 0; c &= c - 1) {
            if (VALUES[Integer.numberOfTrailingZeros(c)].test(word, lower)) {
                mask |= Integer.lowestOneBit(c);
            }
        }
        return mask;
    }

    private static int candidates(char first, char lowerFirst) {
        int mask = 0;
        for (RuleCues cue : VALUES) {
            mask |= cue.mayBe(first, lowerFirst) ? 1 << cue.ordinal() : 0;
        }
        return mask;
    }

    /**
     * False only where {@link #test} is false, read off the first character of the word and of its lower case:
     * each word list's words start with the characters of its table, Arabic script lies at U+0600 and above.
     */
    private boolean mayBe(char first, char lowerFirst) {
        return switch (this) {
            case MONTH -> in(MONTH_FIRST, first);
            case WEEKDAY -> in(WEEKDAY_FIRST, first);
            case NAMES -> in(MONTH_FIRST, first) || in(WEEKDAY_FIRST, first);
            case NUMBER -> Character.isDigit(first) || in(NUMBER_FIRST, lowerFirst);
            case UNIT -> in(UNIT_FIRST, lowerFirst);
            case CLOCK -> Character.isDigit(first) || in(NOON_FIRST, lowerFirst);
            case SEASON -> in(SEASON_FIRST, lowerFirst);
            case HOLIDAY -> in(HOLIDAY_FIRST, first);
            case DEICTIC_DAY -> in(DEICTIC_FIRST, lowerFirst);
            case REF -> in(REF_FIRST, lowerFirst);
            case NOON -> in(NOON_FIRST, lowerFirst);
            case PERSIAN -> first >= '\u0600';
            case HIJRI_LATIN -> Character.isUpperCase(first);
            case PART_OF_DAY, ADVERB -> true;
        };
    }

    private static boolean in(boolean[] table, char c) {
        return c < table.length && table[c];
    }

    private static boolean[] firsts(Set<String> words) {
        boolean[] table = new boolean[128];
        for (String w : words) {
            table[w.charAt(0)] = true;
        }
        return table;
    }

    /** Whether a word (letters or digits only) is this cue; {@code lower} is the word in lower case. */
    boolean test(String word, String lower) {
        return switch (this) {
            case MONTH -> name(word, lower, MONTHS);
            case WEEKDAY -> name(word, lower, WEEKDAYS) && lower.contains("day");
            case NAMES -> MONTH.test(word, lower) || WEEKDAY.test(word, lower);
            case NUMBER -> Character.isDigit(word.charAt(0)) || NUMBER_WORDS.contains(lower);
            case UNIT -> unit(lower);
            case CLOCK -> Character.isDigit(word.charAt(0)) || NOON.test(word, lower);
            case SEASON -> SEASONS.contains(lower);
            case HOLIDAY -> HOLIDAYS.contains(word);
            case DEICTIC_DAY -> DEICTIC_DAYS.contains(lower);
            case PART_OF_DAY -> lower.contains("night") || lower.equals("morning") || lower.equals("afternoon") || lower.equals("evening");
            case REF -> REFS.contains(lower);
            case ADVERB -> lower.endsWith("ly");
            case NOON -> NOONS.contains(lower);
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
