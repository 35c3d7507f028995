package org.vigil.geo;

import org.vigil.text.Tokens;

/**
 * The form in which place names are compared: folded (lower case, no diacritics), possessive 's dropped,
 * punctuation as single spaces. "Kāzerūn's" and "Kazerun" have one key; so do "St. Louis" and "St Louis".
 * Arabic-script letters are kept, folded by {@link ArabicLetters} (Arabic and Persian yeh and kaf as one, teh
 * marbuta as heh, hamza carriers and harakat dropped, no tatweel or ZWNJ), and the words of an Arabic-script name
 * are joined, since Persian writes "بندرعباس", "بندر عباس" and "بندر‌عباس" for one name. The gazetteer converter
 * (tools/gazetteer) writes names in this form.
 */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        String f = Tokens.fold(name);
        StringBuilder sb = new StringBuilder(f.length());
        boolean space = false;
        for (int i = 0; i < f.length(); i++) {
            char c = ArabicLetters.digit(f.charAt(i));
            if (c == '\'' && i + 1 < f.length() && f.charAt(i + 1) == 's' && (i + 2 == f.length() || !Character.isLetterOrDigit(f.charAt(i + 2)))) {
                i++;
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(c);
                space = false;
            } else if (c >= '\u0600' && ArabicLetters.isArabicLetter(ArabicLetters.fold(c))) {
                if (space && sb.length() > 0 && !ArabicLetters.isArabicLetter(sb.charAt(sb.length() - 1))) {
                    sb.append(' ');
                }
                sb.append(ArabicLetters.fold(c));
                space = false;
            } else if (c >= '\u0600' && ArabicLetters.fold(c) == ArabicLetters.JOINER) {
                continue; // tatweel, ZWNJ, harakat: inside a word
            } else {
                space = true;
            }
        }
        return sb.toString();
    }

    /** 64-bit FNV-1a hash of a key. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
