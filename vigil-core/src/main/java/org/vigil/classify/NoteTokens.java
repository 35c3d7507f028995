package org.vigil.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words of a note with negation scope marked: after "no", "not", "never", "without", "nor", "neither", "none"
 * or a contracted "n't", the words up to the clause's end (punctuation, "but") and at most {@link #SCOPE} of
 * them carry the prefix {@code n:} ("no arrests were made" gives {@code no n:arrests n:were n:made}).
 * Words are lower-cased letters with digits folded to {@code 0}, as {@link HashedFeatures} reads them.
 */
public final class NoteTokens {
    static final String NEGATED = "n:";
    static final int SCOPE = 6;
    private static final Set<String> NEGATORS = Set.of("no", "not", "never", "without", "nor", "neither", "none",
            "nobody", "nothing", "cannot");
    private static final String CLAUSE_ENDS = ".,;:!?()[]\"";

    private NoteTokens() {
    }

    /** The words of {@code text}, those in a negation's scope prefixed with {@code n:}. */
    public static List<String> marked(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        int scope = 0;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : '.';
            if (Character.isLetter(c)) {
                cur.append(c);
                continue;
            }
            if (Character.isDigit(c)) {
                cur.append('0');
                continue;
            }
            if (cur.length() > 0) {
                String w = cur.toString();
                cur.setLength(0);
                boolean contracted = w.equals("t") && !out.isEmpty() && plain(out.get(out.size() - 1)).endsWith("n");
                if (NEGATORS.contains(w) || contracted || w.equals("but")) {
                    out.add(w);
                    scope = w.equals("but") ? 0 : SCOPE;
                } else {
                    out.add(scope > 0 ? NEGATED + w : w);
                    scope = Math.max(0, scope - 1);
                }
            }
            boolean inNumber = (c == ',' || c == '.') && i + 1 < lower.length() && Character.isDigit(lower.charAt(i + 1));
            if (CLAUSE_ENDS.indexOf(c) >= 0 && !inNumber) {
                scope = 0;
            }
        }
        return out;
    }

    /** A marked word without its negation prefix. */
    public static String plain(String marked) {
        return marked.startsWith(NEGATED) ? marked.substring(NEGATED.length()) : marked;
    }
}
