package org.vigil.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.vigil.text.PersianFolding;
import org.vigil.text.Tokens;

/**
 * Tells a text's language in two steps, both explainable. First the script most of its letters are written in
 * (Latin, Arabic, Cyrillic; another script gives "und"). Then, among the languages of that script, the one whose
 * stop-words ({@code language/stopwords.txt}) its words are most often. Persian and Arabic share a script: the letters
 * only Persian has (پ چ ژ گ) count for Persian and teh marbuta (ة) for Arabic besides their stop-words. English is
 * what Vigil read before languages were told apart, so a Latin-script text stays English unless another language's
 * stop-words outnumber English's more than twice (an English report quoting a French sentence stays English).
 */
public final class StopWordDetector implements LanguageDetector {
    /** Only the start of a long text is read: the language of a report shows in its first paragraphs. */
    static final int READ_CHARS = 20_000;
    /** Fewer letters than this in the main script tell nothing (a title, a caption). */
    static final int MIN_LETTERS = 12;
    /** Another Latin-script language wins over English with at least this many hits... */
    static final int MIN_OTHER_HITS = 3;
    /** ...and more than this many times English's. */
    static final int OTHER_OVER_ENGLISH = 2;

    private enum Script { LATIN, ARABIC, CYRILLIC, OTHER }

    private final Map<Script, Map<String, Set<String>>> stopWords = new HashMap<>();

    public StopWordDetector() {
        load("/language/stopwords.txt");
    }

    private void load(String resource) {
        try (InputStream in = StopWordDetector.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Set<String> words = new HashSet<>();
                for (String w : f[2].split(" ")) {
                    words.add(PersianFolding.fold(w));
                }
                stopWords.computeIfAbsent(Script.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)), k -> new LinkedHashMap<>())
                        .put(f[0], words);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String detect(String text) {
        String head = text.length() > READ_CHARS ? text.substring(0, READ_CHARS) : text;
        int[] letters = new int[Script.values().length];
        int persianOnly = 0;
        int tehMarbuta = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isLetter(c)) {
                letters[script(c).ordinal()]++;
            }
            persianOnly += "پچژگ".indexOf(c) >= 0 ? 1 : 0;
            tehMarbuta += c == 'ة' ? 1 : 0;
        }
        Script main = Script.LATIN;
        for (Script s : Script.values()) {
            main = letters[s.ordinal()] > letters[main.ordinal()] ? s : main;
        }
        if (letters[main.ordinal()] < MIN_LETTERS) {
            return main == Script.LATIN && letters[main.ordinal()] > 0 ? Languages.ENGLISH : Languages.UNDETERMINED;
        }
        Map<String, Integer> hits = hits(main, head);
        return switch (main) {
            case LATIN -> latin(hits);
            case ARABIC -> hits.getOrDefault("fa", 0) + persianOnly >= hits.getOrDefault("ar", 0) + tehMarbuta
                    ? Languages.PERSIAN : Languages.ARABIC;
            case CYRILLIC -> best(hits, Languages.UNDETERMINED);
            case OTHER -> Languages.UNDETERMINED;
        };
    }

    private static String latin(Map<String, Integer> hits) {
        int english = hits.getOrDefault(Languages.ENGLISH, 0);
        String other = best(hits, Languages.ENGLISH);
        int otherHits = hits.getOrDefault(other, 0);
        return otherHits >= MIN_OTHER_HITS && otherHits > OTHER_OVER_ENGLISH * english ? other : Languages.ENGLISH;
    }

    /** The language with the most hits (the first listed on a tie), or the fallback when none has any. */
    private static String best(Map<String, Integer> hits, String fallback) {
        String best = fallback;
        int most = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return best;
    }

    private Map<String, Integer> hits(Script script, String text) {
        Map<String, Set<String>> lists = stopWords.getOrDefault(script, Map.of());
        Map<String, Integer> hits = new LinkedHashMap<>();
        lists.keySet().forEach(k -> hits.put(k, 0));
        for (String word : Tokens.words(text)) {
            String w = PersianFolding.fold(word);
            for (Map.Entry<String, Set<String>> e : lists.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    private static Script script(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return switch (s) {
            case LATIN -> Script.LATIN;
            case ARABIC -> Script.ARABIC;
            case CYRILLIC -> Script.CYRILLIC;
            default -> Script.OTHER;
        };
    }
}
