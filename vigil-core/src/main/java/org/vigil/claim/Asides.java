package org.vigil.claim;

import static org.vigil.claim.KindFinder.word;

import java.util.List;
import java.util.Set;
import org.vigil.model.Span;

/** Asides a count's words step over: ", including two officers," and "-- hundreds of them pregnant --". */
final class Asides {
    private static final Set<String> ASIDES = Set.of("including", "among", "most", "many", "mostly", "some", "all", "both");

    private Asides() {
    }

    /** A dash that opens or closes an aside: "—", "–", or "--" written as two hyphens. */
    static boolean isDash(String text, List<Span> tokens, int i) {
        String w = word(text, tokens.get(i));
        return w.equals("—") || w.equals("–") || w.equals("-") && i + 1 < tokens.size() && word(text, tokens.get(i + 1)).equals("-");
    }

    /** The last token of the dash closing an aside opened at {@code open} ("women -- hundreds of them pregnant -- marched"), or -1. */
    static int dashAsideEnd(String text, List<Span> tokens, int open) {
        int from = open + (word(text, tokens.get(open)).equals("-") ? 2 : 1);
        for (int j = from; j < Math.min(tokens.size(), from + 14); j++) {
            if (isDash(text, tokens, j)) {
                return word(text, tokens.get(j)).equals("-") ? j + 1 : j;
            }
            if (Set.of(".", ";", "!", "?").contains(word(text, tokens.get(j)))) {
                return -1;
            }
        }
        return -1;
    }

    /** The closing comma of an aside opened at {@code comma} (", including ...,", ", among them ...,"), or -1. */
    static int commaAsideEnd(String text, List<Span> tokens, int comma) {
        if (comma + 1 >= tokens.size() || !ASIDES.contains(word(text, tokens.get(comma + 1)))) {
            return -1;
        }
        for (int j = comma + 2; j < Math.min(tokens.size(), comma + 14); j++) {
            String w = word(text, tokens.get(j));
            if (w.equals(",")) {
                return j;
            }
            if (KindFinder.STOP.contains(w) && !w.equals("and")) {
                return -1;
            }
        }
        return -1;
    }
}
