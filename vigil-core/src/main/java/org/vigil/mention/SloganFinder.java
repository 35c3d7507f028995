package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.text.Sentence;

/** Slogans: quoted words in a sentence that speaks of chanting, slogans or cries. */
final class SloganFinder {
    private static final Pattern CHANT = Pattern.compile("(?i)\\b(chant|slogan|cries|cried|shout|sang|sing|chanting|chanted|banners?|placards?|graffiti)");
    private static final Pattern QUOTED = Pattern.compile("[“\"]([^”\"]{3,120})[”\"]");

    private static final Pattern LIST_HEADER = Pattern.compile("(?i)\\b(?:cries|slogans|chants|chanted|shouted)\\b[^:\\n]{0,60}:\\s*(.*)");
    private static final int MAX_SLOGAN_WORDS = 12;
    /** The literals {@link #CHANT} starts with (its longer words begin with these). */
    private static final String[] CHANT_STEMS = {"chant", "slogan", "cries", "cried", "shout", "sang", "sing",
        "banner", "placard", "graffiti"};

    private SloganFinder() {
    }

    /** A list of slogans: a header line ("Their cries: ...") and the short lines after it. */
    record SloganList(int headerStart, List<String> slogans) {
    }

    static List<SloganList> lists(String text) {
        List<SloganList> out = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; offset += lines[i].length() + 1, i++) {
            Matcher h = LIST_HEADER.matcher(lines[i]);
            if (!h.find()) {
                continue;
            }
            List<String> slogans = new ArrayList<>();
            addSlogan(h.group(1), slogans);
            for (int j = i + 1; j < lines.length; j++) {
                String line = lines[j].trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (line.split("\\s+").length > MAX_SLOGAN_WORDS) {
                    break;
                }
                addSlogan(line, slogans);
            }
            if (!slogans.isEmpty()) {
                out.add(new SloganList(offset, slogans));
            }
        }
        return out;
    }

    private static void addSlogan(String raw, List<String> out) {
        String s = raw.trim().replaceAll("^[“\"‘']+|[”\"’';.,]+$", "").trim();
        if (!s.isEmpty() && s.split("\\s+").length <= MAX_SLOGAN_WORDS) {
            out.add(s);
        }
    }

    /**
     * False only when {@link #CHANT} cannot match: no stem (ASCII letters in either case, as {@code (?i)} reads
     * them) starts the text or follows a character other than an ASCII letter, digit or underscore.
     */
    static boolean mayChant(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'c' || c == 's' || c == 'b' || c == 'p' || c == 'g') && (i == 0 || !asciiWord(text.charAt(i - 1)))) {
                for (String stem : CHANT_STEMS) {
                    if (startsWithAscii(text, i, stem)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean asciiWord(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** Whether the lower-case ASCII literal stands at i, ignoring the case of ASCII letters only. */
    private static boolean startsWithAscii(String text, int i, String literal) {
        if (i + literal.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < literal.length(); k++) {
            char c = text.charAt(i + k);
            char l = literal.charAt(k);
            if (c != l && !(c >= 'A' && c <= 'Z' && c + 32 == l)) {
                return false;
            }
        }
        return true;
    }

    static List<String> slogans(Sentence s) {
        List<String> out = new ArrayList<>();
        if (!mayChant(s.text()) || !CHANT.matcher(s.text()).find()) {
            return out;
        }
        Matcher m = QUOTED.matcher(s.text());
        while (m.find()) {
            String q = m.group(1).trim().replaceAll("[.,;:!]+$", "");
            if (!q.isEmpty() && q.split("\\s+").length <= 12) {
                out.add(q);
            }
        }
        return out;
    }
}
