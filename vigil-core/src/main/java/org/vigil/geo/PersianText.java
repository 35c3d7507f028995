package org.vigil.geo;

/**
 * Tells a Persian text from others by its letters, for the resolver's focus country: more Arabic-script letters
 * than Latin ones, and more of the letters Persian writes (پ چ ژ گ and Persian yeh and kaf) than of those only Arabic
 * writes (Arabic yeh and kaf, teh marbuta). Dari (Afghanistan) passes too; its places then outvote the prior.
 */
final class PersianText {
    /** The country a Persian text votes for. */
    static final String COUNTRY = "IR";

    private PersianText() {
    }

    static boolean is(String text) {
        if (text == null) {
            return false;
        }
        int arabicScript = 0;
        int latin = 0;
        int persian = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                latin += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
            } else if (ArabicLetters.isArabicLetter(c)) {
                arabicScript++;
                switch (c) {
                    case '\u067E', '\u0686', '\u0698', '\u06AF', '\u06CC', '\u06A9' -> persian++;
                    case '\u064A', '\u0643', '\u0629' -> arabic++;
                    default -> { }
                }
            }
        }
        return arabicScript > latin && persian > arabic;
    }
}
