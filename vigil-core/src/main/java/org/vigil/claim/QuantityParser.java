package org.vigil.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/**
 * Reads counts written in digits ("4", "30,000", European "120.000", "1.5 million"), in words ("four",
 * "twenty-three", "two hundred"), as vague quantities ("dozens", "hundreds", "tens of thousands") and with
 * bounds ("at least", "more than", "nearly", "up to") into ranges.
 */
public final class QuantityParser {
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String TENS_OR_UNITS = "(?:(?:" + TENS + ")(?:-(?:" + UNITS + "))?|" + UNITS + ")";
    /** "four", "twenty-three", "two hundred", "one hundred and twenty", "a hundred and fifty". */
    private static final String WORD = "(?:a\\s+hundred\\s+and\\s+" + TENS_OR_UNITS + "|" + TENS_OR_UNITS
            + "(?:\\s+(?:thousand|million|dozen)|\\s+hundred(?:\\s+and\\s+" + TENS_OR_UNITS + ")?)?)";
    private static final String DIGITS = "\\d{1,3}(?:[,.]\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+(?:thousand|million|lakhs?|crores?))?";
    private static final String VAGUE = "half a million|a quarter of a million|half a dozen|several hundred|several thousand|a few hundred|a few thousand|a million|one million|a thousand|a hundred|tens of thousands|hundreds of thousands|a dozen|dozens|scores|hundreds|thousands|millions|several|a few|a handful";
    private static final String BOUND = "no fewer than|no less than|not less than|no more than|upwards of|in excess of|at least|more than|over|nearly|almost|about|around|closer to|close to|approximately|roughly|some|up to|as many as|as high as|an estimated|fewer than|less than|at most";
    private static final Pattern QUANTITY = Pattern.compile(
            "\\b(?:(" + BOUND + ")\\s+)?(" + DIGITS + "|" + WORD + "|" + VAGUE + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, long[]> VAGUE_RANGES = Map.ofEntries(
            Map.entry("a dozen", new long[] {12, 12}), Map.entry("half a dozen", new long[] {6, 6}),
            Map.entry("half a million", new long[] {500_000, 500_000}), Map.entry("a quarter of a million", new long[] {250_000, 250_000}), Map.entry("a million", new long[] {1_000_000, 1_000_000}),
            Map.entry("one million", new long[] {1_000_000, 1_000_000}), Map.entry("a thousand", new long[] {1000, 1000}),
            Map.entry("a hundred", new long[] {100, 100}), Map.entry("dozens", new long[] {24, 99}),
            Map.entry("scores", new long[] {40, 99}), Map.entry("hundreds", new long[] {200, 999}),
            Map.entry("thousands", new long[] {2000, 9999}), Map.entry("tens of thousands", new long[] {20000, 99999}),
            Map.entry("hundreds of thousands", new long[] {200000, 999999}),
            Map.entry("millions", new long[] {2000000, -1}), Map.entry("several", new long[] {3, 9}),
            Map.entry("a few", new long[] {2, 5}), Map.entry("a handful", new long[] {2, 5}),
            Map.entry("several hundred", new long[] {200, 999}), Map.entry("several thousand", new long[] {2000, 9999}),
            Map.entry("a few hundred", new long[] {200, 500}), Map.entry("a few thousand", new long[] {2000, 5000}));
    /** One person named with an article ("a protester", "an off-duty police officer"): a count of one. */
    private static final String PERSONS = "(?:protesters?|protestors?|demonstrators?|students?|teenagers?|boys?|girls?|m[ae]n|"
            + "wom[ae]n|child|children|journalists?|reporters?|photographers?|activists?|officers?|policem[ae]n|policewom[ae]n|"
            + "soldiers?|troops|workers?|civilians?|farmers?|teachers?|doctors?|nurses?|residents?|villagers?|miners?|"
            + "bystanders?|passer-by|supporters?|youths?|lawyers?|members?|militants?|fighters?|gunmen|guards?|people)";
    /** One person named with an article ("a protester", "an off-duty police officer"): a count of one. */
    private static final Pattern ONE_PERSON = Pattern.compile("(?i)\\b(?:a|an|another)\\s+(?!(?:few|dozen|handful|hundred|thousand|million|"
            + "couple|number|group|crowd|lot|total|series|wave|team|unit)\\b)(?:[a-z0-9-]+\\s+){0,2}?" + PERSONS + "\\b");
    private static final Map<String, Integer> SMALL = smallNumbers();
    private static final java.util.Set<String> BOUNDS = java.util.Set.of(BOUND.split("\\|"));
    /** The first word of every bound and number in words: the only words (besides digits) a quantity starts on. */
    private static final java.util.Set<String> FIRST_WORDS = firstWords(BOUND, VAGUE, UNITS, TENS, "between");
    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "May " before a day or a year; "May 22, " or "22 May " before a year. */
    private static final Pattern MONTH_BEFORE = Pattern.compile("(?i)\\b" + MONTH + "\\s+$");
    private static final Pattern DAY_MONTH_BEFORE = Pattern.compile("(?i)(?:\\b" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?"
            + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?)\\s+$");
    /** A number right before a month name ("22 May") is a day. */
    private static final Pattern MONTH_AFTER = Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b");

    /**
     * Zero is a figure: "no one was hurt", "nobody was killed", "no deaths had been reported" claim 0, which is what
     * makes a dispute with "four killed" visible. The word after "no" must be a count of people or of harm.
     */
    private static final Pattern NONE = Pattern.compile("(?i)\\b(?:no[ -]one|nobody|no(?=\\s+"
            + "(?:(?:reported|immediate|known|confirmed|further|other)\\s+)?(?:deaths?|fatalities|casualties|injuries|arrests|detentions|people|persons|protesters|demonstrators|civilians|lives|one)\\b))\\b");

    /** A number that is an age ("an 18-year-old", "aged 18 years old") counts nobody. */
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)(?:-|\\s)years?(?:-|\\s)old\\b");

    /** Explicit ranges: "between 10 and 15", "10 to 15", "10-15" (two plain numbers, the second the larger). */
    private static final Pattern RANGE = Pattern.compile("\\b(?:between\\s+(" + DIGITS + "|" + WORD + ")\\s+and\\s+("
            + DIGITS + "|" + WORD + ")|(" + DIGITS + "|" + WORD + ")\\s*(?:-|–|to)\\s*(" + DIGITS + "|" + WORD + "))\\b",
            Pattern.CASE_INSENSITIVE);

    /** Between two counts of people that one verb governs: "three soldiers and a civilian were killed". */
    private static final Pattern ELLIPSIS_BETWEEN = Pattern.compile("^\\s+(?:[a-z-]+\\s+)?(?:in|at|on|from)\\s+"
            + "(?:the\\s+)?\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2},?\\s+and\\s+$");
    private static final Pattern ELLIPSIS_AFTER = Pattern.compile("^\\s+(?:more\\s+|others?\\s+)?(?:in|at|on|from)\\s+"
            + "(?:the\\s+)?\\p{Lu}");
    private static final Pattern PERSONS_AND = Pattern.compile("(?i)^\\s+(?:[a-z-]+\\s+){0,2}?" + PERSONS + "\\s+and\\s+$");

    /** True when {@code a} and {@code b} count two groups of people joined by "and" ("two officers and five protesters"). */
    public static boolean joinedByAnd(String text, Quantity a, Quantity b) {
        return a.span().end() <= b.span().start()
                && PERSONS_AND.matcher(text.substring(a.span().end(), b.span().start())).find();
    }

    /** "... killed 247 people in Kenya and 10 in Tanzania": {@code b} counts what {@code a} counted, in another place. */
    public static boolean elliptical(String text, Quantity a, Quantity b) {
        return a.span().end() <= b.span().start()
                && ELLIPSIS_BETWEEN.matcher(text.substring(a.span().end(), b.span().start())).find()
                && ELLIPSIS_AFTER.matcher(text.substring(b.span().end(), Math.min(text.length(), b.span().end() + 40))).find();
    }

    /** True for a count of one read from an article and a person ("a protester"), which counts no crowd. */
    public static boolean isOnePerson(Quantity q) {
        return ONE_PERSON.matcher(q.text()).matches();
    }

    /** Quantities in {@code text[from, to)}, left to right. */
    public List<Quantity> find(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        List<Span> ranges = new ArrayList<>();
        Matcher none = NONE.matcher(text).region(from, to);
        List<Quantity> zeros = new ArrayList<>();
        while (none.find()) { // "no one was hurt" counts nobody, not one
            Span span = new Span(none.start(), none.end());
            ranges.add(span);
            zeros.add(new Quantity(span, 0L, 0L, null, none.group()));
        }
        int[] starts = candidateStarts(text, from, to);
        Matcher r = RANGE.matcher(text).useTransparentBounds(true);
        for (Starts rs = new Starts(starts, to); rs.next(r); ) {
            Long lo = value(r.group(1) != null ? r.group(1) : r.group(3));
            Long hi = value(r.group(2) != null ? r.group(2) : r.group(4));
            if (lo != null && hi != null && lo < hi && !(lo >= 1900 && hi <= 2100)) {
                Span span = new Span(r.start(), r.end());
                out.add(new Quantity(span, lo, hi, null, r.group()));
                ranges.add(span);
            }
        }
        Matcher m = QUANTITY.matcher(text).useTransparentBounds(true);
        for (Starts qs = new Starts(starts, to); qs.next(m); ) {
            int start = m.start();
            if (ranges.stream().anyMatch(x -> x.start() <= start && start < x.end())
                    || m.group(1) == null && (partOfDate(text, m.start(), m.end()) || AGE_AFTER.matcher(text).region(m.end(), to).lookingAt())) {
                continue;
            }
            Long value = null;
            String number = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            long[] vague = VAGUE_RANGES.get(number);
            if (vague == null) {
                value = value(number);
                if (value == null) {
                    continue;
                }
            }
            String bound = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
            long lo = vague != null ? vague[0] : value;
            Long hi = vague != null ? (vague[1] < 0 ? null : vague[1]) : value;
            out.add(bounded(new Span(m.start(), m.end()), lo, hi, bound, m.group()));
        }
        Matcher one = ONE_PERSON.matcher(text).region(from, to);
        while (one.find()) {
            int start = one.start();
            if (out.stream().noneMatch(q -> q.span().start() < one.end() && start < q.span().end())) {
                out.add(new Quantity(new Span(one.start(), one.end()), 1L, 1L, null, one.group()));
            }
        }
        out.addAll(zeros);
        out.sort(java.util.Comparator.comparingInt(q -> q.span().start()));
        return out;
    }

    /** True for a bound a quantity may carry ("at least", "up to"): a bound is part of the range, not a hedge. */
    public static boolean isBound(String phrase) {
        return BOUNDS.contains(phrase.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    /**
     * The words of a text a quantity can start on, tried left to right like {@link Matcher#find()} but only there
     * (most words cannot start one); a match moves past the words it covers.
     */
    private static final class Starts {
        private final int[] words;
        private final int to;
        private int i;
        private int end;

        Starts(int[] words, int to) {
            this.words = words;
            this.to = to;
        }

        boolean next(Matcher m) {
            while (i < words.length) {
                int at = words[i++];
                if (at >= end) {
                    m.region(at, to);
                    if (m.lookingAt()) {
                        end = m.end();
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Starts of the words in {@code text[from, to)} that begin with a digit or are in {@link #FIRST_WORDS}. */
    private static int[] candidateStarts(String text, int from, int to) {
        int[] out = new int[8];
        int n = 0;
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            boolean boundary = s == 0 || !isWordChar(text.charAt(s - 1));
            if (i > s && boundary && (Character.isDigit(text.charAt(s))
                    || FIRST_WORDS.contains(text.substring(s, i).toLowerCase(Locale.ROOT)))) {
                out = n == out.length ? java.util.Arrays.copyOf(out, n * 2) : out;
                out[n++] = s;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A character of a word as the regex boundary {@code \b} sees it. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static java.util.Set<String> firstWords(String... alternations) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String a : alternations) {
            for (String alt : a.split("\\|")) {
                out.add(alt.split("[\\s-]")[0].toLowerCase(Locale.ROOT));
            }
        }
        return java.util.Set.copyOf(out);
    }

    private static boolean partOfDate(String text, int start, int end) {
        String number = text.substring(start, end);
        if (!number.matches("\\d{1,4}")) {
            return false;
        }
        int n = Integer.parseInt(number);
        boolean year = number.length() == 4 && n >= 1000 && n < 2200;
        String before = text.substring(Math.max(0, start - 24), start);
        String after = text.substring(end, Math.min(text.length(), end + 16));
        return year && DAY_MONTH_BEFORE.matcher(before).find()
                || (year || n >= 1 && n <= 31) && MONTH_BEFORE.matcher(before).find()
                || n >= 1 && n <= 31 && MONTH_AFTER.matcher(after).find();
    }

    private static Quantity bounded(Span span, long lo, Long hi, String bound, String text) {
        if (bound == null) {
            return new Quantity(span, lo, hi, null, text);
        }
        return switch (bound) {
            case "at least", "no fewer than", "no less than", "not less than" -> new Quantity(span, lo, null, bound, text);
            case "more than", "over", "upwards of", "in excess of" -> new Quantity(span, lo + 1, null, bound, text);
            case "nearly", "almost" -> new Quantity(span, Math.round(lo * 0.9), Math.max(lo - 1, 0), bound, text);
            case "up to", "as many as", "as high as", "at most", "no more than" -> new Quantity(span, null, hi, bound, text);
            case "fewer than", "less than" -> new Quantity(span, null, Math.max(lo - 1, 0), bound, text);
            default -> new Quantity(span, Math.round(lo * 0.9), hi == null ? null : Math.round(hi * 1.1), bound, text);
        };
    }

    /** The value of a number in digits or words, or null. */
    static Long value(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int and = t.indexOf(" hundred and ");
        if (and > 0) { // "one hundred and twenty", "a hundred and fifty"
            String head = t.substring(0, and);
            Long hundreds = head.equals("a") ? Long.valueOf(1) : value(head);
            Long rest = value(t.substring(and + " hundred and ".length()));
            return hundreds == null || rest == null ? null : hundreds * 100 + rest;
        }
        long mult = 1;
        if (t.endsWith(" dozen")) {
            mult = 12;
            t = t.substring(0, t.length() - 6).trim();
        } else if (t.endsWith(" million")) {
            mult = 1_000_000;
            t = t.substring(0, t.length() - 8).trim();
        } else if (t.endsWith(" thousand")) {
            mult = 1_000;
            t = t.substring(0, t.length() - 9).trim();
        } else if (t.matches(".* lakhs?")) { // South Asian numbering: a lakh is 100,000, a crore 10 million
            mult = 100_000;
            t = t.substring(0, t.lastIndexOf(' ')).trim();
        } else if (t.matches(".* crores?")) {
            mult = 10_000_000;
            t = t.substring(0, t.lastIndexOf(' ')).trim();
        } else if (t.endsWith(" hundred")) {
            mult = 100;
            t = t.substring(0, t.length() - 8).trim();
        }
        if (t.matches("\\d{1,3}(?:[,.]\\d{3})+")) {
            return Long.parseLong(t.replaceAll("[,.]", "")) * mult;
        }
        if (t.matches("\\d+(?:\\.\\d+)?")) {
            return Math.round(Double.parseDouble(t) * mult);
        }
        Integer w = wordValue(t);
        return w == null ? null : w * mult;
    }

    private static Integer wordValue(String t) {
        String[] parts = t.split("-");
        Integer v = SMALL.get(parts[0]);
        if (v == null) {
            return null;
        }
        return parts.length == 2 && SMALL.containsKey(parts[1]) ? v + SMALL.get(parts[1]) : v;
    }

    private static Map<String, Integer> smallNumbers() {
        String[] units = UNITS.split("\\|");
        String[] tens = TENS.split("\\|");
        java.util.HashMap<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < units.length; i++) {
            m.put(units[i], i + 1);
        }
        for (int i = 0; i < tens.length; i++) {
            m.put(tens[i], (i + 2) * 10);
        }
        return Map.copyOf(m);
    }
}
