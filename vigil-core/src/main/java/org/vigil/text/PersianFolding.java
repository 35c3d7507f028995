package org.vigil.text;

import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Folds Persian and Arabic text for matching, one character at a time so that every folded character keeps its
 * original offset ({@link FoldedText}); the text shown and stored never changes. The letter variants go to one form
 * through Lucene's {@link ArabicNormalizer} (hamza-carrying alefs to alef, alef maqsura to yeh, teh marbuta to heh,
 * tatweel and harakat out) and {@link PersianNormalizer} (Persian yeh ی and Arabic yeh ي to one yeh, keheh ک and kaf ك
 * to one kaf, heh variants to heh); before them, hamza on waw and yeh is dropped (ؤ to و, ئ to ی), the zero-width
 * non-joiner and joiner are taken out (می‌گویند, میگویند: one word), Persian and Arabic-Indic digits become ASCII digits,
 * and the Arabic comma, semicolon, question mark and number separators become their ASCII forms. Latin letters are
 * lower-cased, so one pattern serves mixed text.
 */
public final class PersianFolding {
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();
    /** Marks a character that folding drops. */
    private static final char DROP = '\uFFFF';

    private PersianFolding() {
    }

    /** The folded form of {@code text[from, to)} with the original offset of each folded character. */
    public static FoldedText fold(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] origin = new int[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = fold(text.charAt(i));
            if (c != DROP) {
                out.append(c);
                origin[n++] = i;
            }
        }
        return new FoldedText(out.toString(), java.util.Arrays.copyOf(origin, n), to);
    }

    /** The folded form of a phrase (a lexicon entry, a word list). */
    public static String fold(String phrase) {
        return fold(phrase, 0, phrase.length()).text();
    }

    /**
     * A regular expression written in ordinary Persian, folded to match folded text: its Persian and Arabic letters
     * are folded, its ASCII (the regex syntax: {@code \\S}, {@code (?:...)}) stays as written.
     */
    public static String pattern(String regex) {
        StringBuilder sb = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            char f = c < 0x80 ? c : fold(c);
            if (f != DROP) {
                sb.append(f);
            }
        }
        return sb.toString();
    }

    /** The folded form of one character, or {@link #DROP}. */
    static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        char pre = before(c);
        if (pre == DROP || pre < 0x80) {
            return pre;
        }
        char[] one = {pre};
        if (ARABIC.normalize(one, 1) == 0 || PERSIAN.normalize(one, 1) == 0) {
            return DROP;
        }
        return Character.toLowerCase(one[0]);
    }

    private static char before(char c) {
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0'); // Persian digits
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660'); // Arabic-Indic digits
        }
        return switch (c) {
            case '\u200C', '\u200D', '\u200E', '\u200F' -> DROP; // ZWNJ, ZWJ and direction marks
            case '\u00A0', '\u202F' -> ' ';
            case '\u060C' -> ','; // Arabic comma
            case '\u061B' -> ';';
            case '\u061F' -> '?';
            case '\u066B' -> '.'; // Arabic decimal separator
            case '\u066C' -> ','; // Arabic thousands separator
            case '\u0624' -> '\u0648'; // waw with hamza above
            case '\u0626' -> '\u06CC'; // yeh with hamza above
            default -> c;
        };
    }
}
