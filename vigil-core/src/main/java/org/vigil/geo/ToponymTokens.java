package org.vigil.geo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Span;
import org.vigil.text.Sentence;
import org.vigil.text.Tokens;

/** Token-level helpers of the toponym extractor: titles, "St." names, capitals, possessives, lower-case words. */
final class ToponymTokens {
    /** Titles before a name: what follows is a person ("Sgt. Scott", "Gov. Paterson"). */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "sgt", "gov", "sen", "rep", "lt", "capt",
            "col", "gen", "officer", "president", "judge", "justice", "rev", "father", "sister", "brother", "deputy",
            "detective", "coach", "mayor", "senator", "governor", "chief", "sheriff", "professor", "prof");
    static final Set<String> SAINTS = Set.of("st", "ste", "mt", "ft", "pt");

    private ToponymTokens() {
    }

    static Set<String> lowerCaseWords(String text, List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            for (Span t : s.tokens()) {
                String w = text.substring(t.start(), t.end());
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                    out.add(NameKey.of(w));
                }
            }
        }
        return out;
    }

    static boolean afterTitle(String text, List<Span> toks, int i) {
        int k = i > 1 && GazetteerToponymExtractor.tok(text, toks, i - 1).equals(".") ? i - 2 : i - 1;
        return k >= 0 && TITLES.contains(Tokens.fold(GazetteerToponymExtractor.tok(text, toks, k)));
    }

    /** Sentences' tokens, a sentence the splitter ended at "St." joined to the next ("St. Petersburg"). */
    static List<List<Span>> joinedAtSaints(String text, List<Sentence> sentences) {
        List<List<Span>> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Span> last = out.isEmpty() ? null : out.get(out.size() - 1);
            int n = last == null ? 0 : last.size();
            if (n >= 2 && GazetteerToponymExtractor.tok(text, last, n - 1).equals(".") && SAINTS.contains(Tokens.fold(GazetteerToponymExtractor.tok(text, last, n - 2)))
                    && Tokens.isCapitalised(GazetteerToponymExtractor.tok(text, last, n - 2))) {
                List<Span> joined = new ArrayList<>(last);
                joined.addAll(s.tokens());
                out.set(out.size() - 1, joined);
            } else {
                out.add(s.tokens());
            }
        }
        return out;
    }

    static boolean allCaps(String s) {
        return s.codePoints().noneMatch(Character::isLowerCase) && s.codePoints().anyMatch(Character::isLetter);
    }

    /** "China's" names China: the span ends before the possessive. */
    static Span withoutPossessive(String text, Span name) {
        String t = text.substring(name.start(), name.end());
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (t.length() > 3 && (lower.endsWith("'s") || lower.endsWith("\u2019s"))) {
            return new Span(name.start(), name.end() - 2);
        }
        return name;
    }

    private static final java.util.regex.Pattern STREET = java.util.regex.Pattern.compile(
            "^\\s+(?:St|Rd|Ave|Blvd|Ln|Hwy|Pkwy)\\.?(?![\\p{L}])");

    /** A name followed by a street abbreviation ("Hungerford St.", "Main Ave."): a street, not the town of that name. */
    static boolean streetName(String text, org.vigil.model.Span name) {
        int end = Math.min(text.length(), name.end() + 8);
        return STREET.matcher(text.substring(name.end(), end)).find();
    }

    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("^(?:'s)?\\s+(?:administration|presidency)\\b");

    /** A name before "administration" or "presidency" ("the Obama administration") is a person's, not a town's. */
    static boolean ledBy(String text, org.vigil.model.Span name) {
        return LED.matcher(text.substring(name.end(), Math.min(text.length(), name.end() + 16))).find();
    }
}
