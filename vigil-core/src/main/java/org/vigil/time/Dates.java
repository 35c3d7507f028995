package org.vigil.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Month names and the parsing of full dates, for the dateline finder. */
final class Dates {
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![a-z])";
    static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    static final String FULL_DATE = MONTH + "\\s+" + DAY + ",?\\s+" + YEAR + "|" + DAY + "\\s+" + MONTH + ",?\\s+" + YEAR
            + "|" + YEAR + "-[01]\\d-[0-3]\\d";
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private Dates() {
    }

    static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** A full date in any of the {@link #FULL_DATE} forms, or null when it is no real day. */
    static LocalDate parseFull(String s) {
        try {
            if (s.matches(YEAR + "-[01]\\d-[0-3]\\d")) {
                return LocalDate.parse(s);
            }
            Matcher m = Pattern.compile(MONTH).matcher(s);
            if (!m.find()) {
                return null;
            }
            Month month = month(m.group());
            String rest = s.substring(0, m.start()) + " " + s.substring(m.end());
            Matcher n = NUMBER.matcher(rest);
            int a = n.find() ? Integer.parseInt(n.group()) : -1;
            int b = n.find() ? Integer.parseInt(n.group()) : -1;
            int day = a > 31 ? b : a;
            int year = a > 31 ? a : b;
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }
}
