package org.vigil.geo;

/**
 * A looser key for Latin-script romanisations of Persian and Arabic names, so that the spellings English reports use
 * meet in one place: "oo" and "ou" as u (Kazeroon, Kazeroun: Kazerun), "ee" as i, "gh" as q (Ghom: Qom), "kh" as x
 * (Khorramshahr, Xorramshahr), w as v (Ahwaz: Ahvaz), doubled letters as one (Mashhad: Mashad). Diacritics are
 * already gone in the {@link NameKey}. The gazetteer indexes this key beside the exact one; the extractor asks for
 * it only when the exact key finds nothing and the name is no common English word or first name.
 */
public final class Romanisation {
    private Romanisation() {
    }

    /** The romanisation key of a {@link NameKey}; keys with other than ASCII letters, digits and spaces are returned as they are. */
    public static String key(String nameKey) {
        StringBuilder sb = new StringBuilder(nameKey.length());
        for (int i = 0; i < nameKey.length(); i++) {
            char c = nameKey.charAt(i);
            if (c >= 128) {
                return nameKey;
            }
            char next = i + 1 < nameKey.length() ? nameKey.charAt(i + 1) : ' ';
            char out = c;
            if (c == 'k' && next == 'h') {
                out = 'x';
                i++;
            } else if (c == 'g' && next == 'h') {
                out = 'q';
                i++;
            } else if (c == 'o' && (next == 'o' || next == 'u') || c == 'u' && next == 'u') {
                out = 'u';
                i++;
            } else if (c == 'e' && next == 'e' || c == 'i' && next == 'i') {
                out = 'i';
                i++;
            } else if (c == 'w') {
                out = 'v';
            }
            if (out == ' ' || sb.length() == 0 || sb.charAt(sb.length() - 1) != out || out >= '0' && out <= '9') {
                sb.append(out);
            }
        }
        return sb.toString();
    }
}
