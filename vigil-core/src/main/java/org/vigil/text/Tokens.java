package org.vigil.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.model.Span;

/** The one tokenizer of the project and the folding used to compare names. */
public final class Tokens {
    /**
     * A word: letters and digits, joined by an inner apostrophe, hyphen or point; combining marks (Arabic harakat) and
     * the zero-width non-joiner inside a word (Persian می‌گویند, کشته‌شدگان) stay in it. Else one mark of punctuation.
     */
    static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:\\u200C+[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            + "(?:[.'’\\-][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:\\u200C+[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*)*|[^\\s\\p{L}\\p{N}\\u200C]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokens() {
    }

    /** Token spans of {@code text[from, to)}. */
    public static List<Span> spans(String text, int from, int to) {
        List<Span> t = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(from, to);
        while (m.find()) {
            t.add(new Span(m.start(), m.end()));
        }
        return t;
    }

    /** Token strings of a short phrase. */
    public static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(phrase);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Lower case, diacritics removed, curly apostrophes straightened: Kāzerūn -> kazerun. */
    public static String fold(String s) {
        if (isPlainAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(n).replaceAll("").replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    public static boolean isCapitalised(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
    }
}
