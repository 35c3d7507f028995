package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The extent finder's shortcuts (cue masks from one pass, first-character filters) against the plain way: every
 * cue tested on every word, every rule tried at every start near its cue.
 */
class ExtentFinderCuesTest {
    private static final List<TimexRule> RULES = Stream.of(DateRules.rules(), PeriodRules.rules(), RelativeRules.rules(),
            DurationRules.rules(), HijriDateRules.rules(), PersianRelativeRules.rules()).flatMap(List::stream).toList();
    private static final LocalDate DCT = LocalDate.of(2018, 5, 17);
    private static final List<String> TEXTS = List.of(
            "Protesters gathered on Monday, May 14, 2018, at 3:30 p.m. and again at noon the next day; they returned on Tuesday.",
            "In the '90s and the 1980s, strikes came every spring; on Christmas Eve and New Year's Day they stopped.",
            "تجمع کارگران در ۲۷ اردیبهشت ۱۳۹۷ برگزار شد و امروز و دیروز ادامه داشت.",
            "مراسم ۱۰ محرم ۱۴۴۰ برگزار شد؛ Mourners marched on 10 Muharram 1440 and 27 Ordibehesht 1397.",
            "Two weeks ago, three days later, for a decade and a half, every Friday, twice weekly, since last March.",
            "The MAY 3 rally, 9 June 2018 at 9:15 a.m., yesterday morning, tonight, late 2019, the first quarter of fiscal 2020, 14:00 GMT.",
            "Nineteen ninety-six, the 21st century, two thousand, the past few years, currently, Thanksgiving.",
            "WEE\u212A İstanbul ſecond ﬁrst Kelvin half-year midnight 1397/02/27 2018-05-17 5/17/2018.");

    @Test
    void cueMaskIsEveryCueTheWordIs() {
        List<String> words = new ArrayList<>();
        for (String t : TEXTS) {
            words.addAll(List.of(t.split("[^\\p{L}\\p{Nd}]+")));
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit(c)) {
                words.add(String.valueOf(c));
                words.add(c + "ay");
            }
        }
        for (String w : words) {
            if (!w.isEmpty()) {
                String lower = w.toLowerCase(Locale.ROOT);
                int plain = 0;
                for (RuleCues cue : RuleCues.values()) {
                    plain |= cue.test(w, lower) ? 1 << cue.ordinal() : 0;
                }
                assertEquals(plain, RuleCues.maskOf(w, lower), w);
            }
        }
    }

    @Test
    void everyMatchStartsWithOneOfItsRulesFirstCharacters() {
        for (TimexRule r : RULES) {
            boolean[] first = FirstChars.of(r.pattern());
            assertTrue(first != null, r.name() + " has first characters");
            for (String t : TEXTS) {
                Matcher m = r.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
                for (int s = 0; s < t.length(); s++) {
                    char c = t.charAt(s);
                    if (m.region(s, t.length()).lookingAt() && m.end() > s && c < 128) {
                        assertTrue(first[c], r.name() + " matches from '" + c + "' in " + t);
                    }
                }
            }
        }
    }

    @Test
    void extentsAreThoseOfThePlainScan() {
        ExtentFinder finder = new ExtentFinder(RULES);
        Set<String> rulesSeen = new java.util.HashSet<>();
        for (String t : TEXTS) {
            for (LocalDate dct : new LocalDate[] {DCT, null}) {
                List<ExtentFinder.Extent> plain = plainScan(t, dct);
                assertEquals(plain, finder.find(t, dct), t);
                plain.forEach(e -> rulesSeen.add(e.rule().name()));
            }
        }
        for (String r : List.of("fa-solar-dmy", "fa-lunar-dmy", "latin-hijri-solar-dmy", "decade", "clock", "weekday", "holiday",
                "month-day-year", "numeric-solar", "iso-date", "us-numeric-date", "fa-deictic-day", "ago", "noon")) {
            assertTrue(rulesSeen.contains(r), r + " among " + rulesSeen.stream().sorted().collect(Collectors.joining(", ")));
        }
    }

    /** Every rule tried at every word start (and apostrophe before one) near a word its cue tests true on. */
    private static List<ExtentFinder.Extent> plainScan(String text, LocalDate dct) {
        List<int[]> words = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int s = i;
            while (s < text.length() && !Character.isLetterOrDigit(text.charAt(s))) {
                s++;
            }
            int e = s;
            while (e < text.length() && Character.isLetterOrDigit(text.charAt(e))) {
                e++;
            }
            if (e > s) {
                words.add(new int[] {s, e});
            }
            i = Math.max(e, s + 1);
        }
        List<ExtentFinder.Extent> all = new ArrayList<>();
        Anchoring trial = new Anchoring(dct, null, Tense.NONE);
        for (TimexRule r : RULES) {
            RuleCues cue = RuleCues.of(r);
            Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            for (int[] start : plainStarts(text, words, cue)) {
                if (m.region(start[0], start[1]).lookingAt() && m.end() > m.start() && r.normaliser().resolve(m, trial) != null) {
                    all.add(new ExtentFinder.Extent(m.start(), m.end(), r));
                }
            }
        }
        return org.vigil.text.NonOverlapping.keep(all, Comparator.comparingInt(ExtentFinder.Extent::length).reversed()
                .thenComparingInt(e -> RULES.indexOf(e.rule())), ExtentFinder.Extent::start, ExtentFinder.Extent::end);
    }

    /** {start, region end} in text order: up to 40 characters before a cue word, the region reaching 60 past it. */
    private static List<int[]> plainStarts(String text, List<int[]> words, RuleCues cue) {
        int[] wordEnd = new int[words.size()];
        int[] quoteEnd = new int[words.size()];
        for (int k = 0; k < words.size(); k++) {
            int[] cw = words.get(k);
            String word = text.substring(cw[0], cw[1]);
            if (cue.test(word, word.toLowerCase(Locale.ROOT))) {
                int end = Math.min(text.length(), cw[1] + 60);
                for (int j = k; j >= 0 && words.get(j)[0] >= cw[0] - 40; j--) {
                    int s = words.get(j)[0];
                    wordEnd[j] = Math.max(wordEnd[j], end);
                    quoteEnd[j] = s > 0 && text.charAt(s - 1) == '\'' ? Math.max(quoteEnd[j], end) : quoteEnd[j];
                }
            }
        }
        List<int[]> starts = new ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
            if (quoteEnd[j] > 0) {
                starts.add(new int[] {words.get(j)[0] - 1, quoteEnd[j]});
            }
            if (wordEnd[j] > 0) {
                starts.add(new int[] {words.get(j)[0], wordEnd[j]});
            }
        }
        return starts;
    }
}
