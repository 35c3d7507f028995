package org.vigil.geo;

/**
 * The letter folding of Arabic-script place names (Persian and Arabic), small and self-contained so that the
 * gazetteer converter (tools/gazetteer/build_gazetteer.py, {@code arabic_key}) can mirror it exactly: Arabic yeh
 * and alef maksura as Persian yeh (ي ى -> ی), Arabic kaf as Persian kaf (ك -> ک), teh marbuta and the heh forms
 * as heh (ة ۀ ە ھ -> ه), alef wasla as alef; hamza, harakat, tatweel, ZWNJ and direction marks dropped; Arabic-Indic
 * and Persian digits as ASCII digits. Hamza carriers (أ إ آ ؤ ئ) are already bare letters after the NFD folding of
 * {@link org.vigil.text.Tokens#fold}.
 */
final class ArabicLetters {
    /** What {@link #fold} returns for a character that belongs inside a word but is no letter of the key. */
    static final char JOINER = '\u0001';

    private ArabicLetters() {
    }

    /** The folded letter, {@link #JOINER}, or the character itself when it is no Arabic-script letter. */
    static char fold(char c) {
        return switch (c) {
            case '\u064A', '\u0649', '\u0626', '\u06CD', '\u06D0', '\u06D2' -> '\u06CC';
            case '\u0643', '\u06AA' -> '\u06A9';
            case '\u0629', '\u06C0', '\u06C1', '\u06C2', '\u06C3', '\u06D5', '\u06BE' -> '\u0647';
            case '\u0622', '\u0623', '\u0625', '\u0671', '\u0672', '\u0673' -> '\u0627';
            case '\u0624' -> '\u0648';
            case '\u0621', '\u0640', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F' -> JOINER;
            default -> c >= '\u064B' && c <= '\u065F' || c == '\u0670' ? JOINER : c;
        };
    }

    /** True for a letter of the Arabic script (after folding). */
    static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F' || c >= '\u08A0' && c <= '\u08FF')
                && Character.isLetter(c);
    }

    /** True when the string has an Arabic-script letter. */
    static boolean hasArabic(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isArabicLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Arabic-Indic and Persian digits as ASCII digits; any other character unchanged. */
    static char digit(char c) {
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + c - '\u0660');
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + c - '\u06F0');
        }
        return c;
    }
}
