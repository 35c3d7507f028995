package org.vigil.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.text.FoldedText;
import org.vigil.text.PersianFolding;

/**
 * Numbers of a Persian sentence read as ranges, on the folded text ({@link PersianFolding}: Persian and Arabic-Indic
 * digits are ASCII there): digits ("۱۲", "۱٬۲۰۰", "۱۰ هزار"), number words joined by "و" ("سی و دو", "دو هزار و
 * پانصد"), vague counts ("ده‌ها": tens, 20..99; "صدها": hundreds; "هزاران": thousands; "چند": several, 3..9), and
 * the bounds before them: "دست‌کم"/"حداقل" (at least: n..), "بیش از"/"بیشتر از" (more than: n+1..), "حدود"/"نزدیک
 * به"/"قریب به"/"تقریبا" (about: 0.9n..1.1n), "کمتر از" (fewer than: ..n-1). The hedge is the bound's English name,
 * as the English reader gives it, so claims compare across languages; the quote keeps the Persian words.
 */
final class PersianQuantities {
    private static final Map<String, Long> WORDS = words();
    private static final Map<String, long[]> VAGUE = vague();
    private static final String NUMBER_WORD = "(?:" + alternation(WORDS.keySet()) + ")";
    /** Digits, with a multiplier word ("۱۰ هزار"), or number words joined by "و" or a space ("دو هزار و پانصد"). */
    private static final String ONE = "(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?: (?:هزار|میلیون))?|" + NUMBER_WORD
            + "(?: (?:و )?(?:" + NUMBER_WORD + "))*)";
    private static final Pattern QUANTITY = Pattern.compile(PersianFolding.pattern(
            "(?<![\\p{L}\\p{N}])(?:(دست کم|دستکم|حداقل|بیش از|بیشتر از|افزون بر|حدود|در حدود|نزدیک به|قریب به|تقریبا|کمتر از) )?"
            + "((?:" + alternation(VAGUE.keySet()) + ")|" + ONE + ")(?![\\p{L}\\p{N}])"),
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PART = Pattern.compile(PersianFolding.pattern("\\d{1,3}(?:,\\d{3})+|\\d+|" + NUMBER_WORD));

    private PersianQuantities() {
    }

    /** The quantities of the folded text, with spans in the folded text. */
    static List<Quantity> find(FoldedText folded) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = QUANTITY.matcher(folded.text());
        while (m.find()) {
            String number = m.group(2);
            long[] range = VAGUE.get(number);
            Long value = range == null ? value(number) : null;
            if (range == null && value == null) {
                continue;
            }
            long lo = range != null ? range[0] : value;
            Long hi = range != null ? range[1] : value;
            String hedge = range == null ? null : lo >= 2000 ? "thousands" : lo >= 200 ? "hundreds" : lo >= 20 ? "tens" : "several";
            out.add(bounded(new org.vigil.model.Span(m.start(), m.end()), lo, hi, bound(m.group(1)), hedge, m.group()));
        }
        return out;
    }

    private static String bound(String persian) {
        if (persian == null) {
            return null;
        }
        String p = persian.replace(" ", "");
        return p.equals(f("دستکم")) || p.equals(f("حداقل")) ? "at least"
                : p.equals(f("کمتراز")) ? "fewer than"
                : p.equals(f("بیشاز")) || p.equals(f("بیشتراز")) || p.equals(f("افزونبر")) ? "more than" : "about";
    }

    private static Quantity bounded(org.vigil.model.Span span, long lo, Long hi, String bound, String vague, String text) {
        String hedge = bound == null ? vague : vague == null ? bound : bound + ", " + vague;
        long top = hi == null ? lo : hi;
        return bound == null ? new Quantity(span, lo, hi, hedge, text) : switch (bound) {
            case "at least" -> new Quantity(span, lo, null, hedge, text);
            case "more than" -> new Quantity(span, lo + 1, null, hedge, text);
            case "fewer than" -> new Quantity(span, null, Math.max(lo - 1, 0), hedge, text);
            default -> new Quantity(span, Math.round(lo * 0.9), Math.round(top * 1.1), hedge, text);
        };
    }

    /** The value of digits or number words ("سی و دو": 32, "دو هزار و پانصد": 2,500, "۱۰ هزار": 10,000), or null. */
    static Long value(String folded) {
        long total = 0;
        long current = 0;
        Matcher m = PART.matcher(folded);
        boolean any = false;
        while (m.find()) {
            any = true;
            String w = m.group();
            Long v = Character.isDigit(w.charAt(0)) ? Long.valueOf(w.replace(",", "")) : WORDS.get(w);
            if (v == 1000 || v == 1_000_000) {
                total += (current == 0 ? 1 : current) * v;
                current = 0;
            } else {
                current += v;
            }
        }
        return any ? total + current : null;
    }

    private static String f(String s) {
        return PersianFolding.fold(s);
    }

    private static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static Map<String, Long> words() {
        String[] names = {"یک", "یکصد", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده", "دوازده", "سیزده",
            "چهارده", "پانزده", "شانزده", "هفده", "هجده", "هیجده", "نوزده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد",
            "نود", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد", "هزار", "میلیون"};
        long[] values = {1, 100, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19, 20, 30, 40, 50, 60, 70, 80,
            90, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1_000_000};
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            m.put(f(names[i]), values[i]);
        }
        return m;
    }

    private static Map<String, long[]> vague() {
        Map<String, long[]> m = new LinkedHashMap<>();
        m.put(f("ده‌ها هزار"), new long[] {20_000, 99_999});
        m.put(f("صدها هزار"), new long[] {200_000, 999_999});
        m.put(f("ده‌ها"), new long[] {20, 99});
        m.put(f("صدها"), new long[] {200, 999});
        m.put(f("هزاران"), new long[] {2000, 9999});
        m.put(f("چندین"), new long[] {3, 9});
        m.put(f("چند"), new long[] {3, 9});
        return m;
    }
}
