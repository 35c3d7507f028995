package org.vigil.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.actor.ActorMention;
import org.vigil.model.Span;
import org.vigil.text.Sentence;

/**
 * Finds place names written in the Arabic script (Persian and Arabic reports), where no capital letter marks a name:
 * at every word, the longest window of up to four words (joined by spaces or ZWNJ only) whose {@link NameKey} the
 * gazetteer knows (keys join the words, so a window must not begin or end with a word of {@code geo/not-places-arabic-script.txt}:
 * "ایران و" is no "ایرانو"). A name must name a country, a region or a town of at least {@link #LONE_WORD_MIN_POPULATION}
 * people (towns where the Arabic script is not written, {@link #FOREIGN_LONE_WORD_MIN_POPULATION}),
 * and be no word of that list; after "شهر" (city), "شهرستان" (county) or
 * "روستای" (village of) it names a town of any size ("شهرکرد" and "شهر کرد" are one town's name, matched whole
 * first), after "استان" or "محافظة" (province) a region ("استان فارس" is Fars, the
 * span being the name alone, as "Fars" in "Fars province"). A plural or pronoun ending joined by ZWNJ ("‌ها") is
 * left out of the span; a word with the adjective ending ی ("تهرانی": from Tehran, and a common family name) is no
 * place. Spans are offsets in the text as given.
 */
final class ArabicScriptToponymExtractor implements ToponymExtractor {
    static final long LONE_WORD_MIN_POPULATION = 10_000;
    /** A lone word naming a town where the Arabic script is not written (a transcription) must name a town this big. */
    static final long FOREIGN_LONE_WORD_MIN_POPULATION = 100_000;
    /** Countries that write their place names in the Arabic script. */
    private static final Set<String> ARABIC_SCRIPT_COUNTRIES = Set.of("IR", "AF", "IQ", "PK", "SA", "AE", "KW", "QA", "BH",
            "OM", "YE", "JO", "SY", "LB", "PS", "EG", "LY", "TN", "DZ", "MA", "SD", "MR", "EH");
    private static final int MAX_WORDS = 4;
    private static final Pattern WORD = Pattern.compile(
            "[\\u0620-\\u064A\\u066E-\\u06D3\\u06D5\\u06EE\\u06EF\\u06FA-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF]"
            + "[\\u0620-\\u065F\\u066E-\\u06D3\\u06D5-\\u06FF\\u0670\\u0750-\\u077F\\u08A0-\\u08FF\\u0640\\u200C\\u200D]*");
    private static final Set<String> CITY_CUES = Set.of(key("شهر"), key("شهرستان"), key("روستای"), key("روستا"), key("بخش"),
            key("مدينة"), key("قرية"));
    private static final Set<String> PROVINCE_CUES = Set.of(key("استان"), key("محافظة"));
    /** Endings joined by ZWNJ that are no part of a name: plural, ezafe and pronoun endings. */
    private static final Set<String> ENDINGS = Set.of(key("ها"), key("های"), key("ی"), key("ای"), key("اش"), key("ام"), key("مان"), key("شان"));
    /** Words before "از" (from) that make it no origin: "پس از" (after), "بیش از" (more than), "یکی از" (one of). */
    private static final Set<String> NOT_FROM = Set.of(key("پس"), key("بعد"), key("قبل"), key("پیش"), key("بیش"), key("بیشتر"),
            key("کمتر"), key("یکی"), key("برخی"), key("بسیاری"), key("خارج"), key("غیر"));
    private static final String FROM = key("از");
    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;

    ArabicScriptToponymExtractor(Gazetteer gazetteer, Set<String> notPlaces) {
        this.gazetteer = gazetteer;
        this.notPlaces = notPlaces;
    }

    @Override
    public List<Candidate> extract(String text, List<Sentence> sentences, List<ActorMention> actors) {
        List<Candidate> out = new ArrayList<>();
        List<Span> words = words(text);
        for (int i = 0; i < words.size(); i++) {
            Candidate c = longestAt(text, words, i, actors);
            if (c != null) {
                out.add(c);
                while (i + 1 < words.size() && words.get(i + 1).start() < c.span().end()) {
                    i++;
                }
            }
        }
        return out;
    }

    /** Arabic-script words of the text, a trailing ZWNJ or tatweel left out. */
    static List<Span> words(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && ArabicLetters.fold(text.charAt(end - 1)) == ArabicLetters.JOINER) {
                end--;
            }
            out.add(new Span(m.start(), end));
        }
        return out;
    }

    private Candidate longestAt(String text, List<Span> words, int i, List<ActorMention> actors) {
        String before = i > 0 && adjacent(text, words, i - 1, 2) ? key(text, words.get(i - 1)) : "";
        for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1; n--) {
            if (n > 1 && !adjacent(text, words, i, n)) {
                continue;
            }
            Span window = new Span(words.get(i).start(), words.get(i + n - 1).end());
            Candidate c = match(text, window, n, before, words, i, actors);
            if (c == null) {
                Span bare = withoutEnding(text, window);
                c = bare == null ? null : match(text, bare, n, before, words, i, actors);
            }
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Candidate match(String text, Span window, int n, String before, List<Span> words, int i, List<ActorMention> actors) {
        String key = NameKey.of(text.substring(window.start(), window.end()));
        List<GazetteerEntry> entries = gazetteer.lookup(key);
        String first = key(text, words.get(i));
        if (entries.isEmpty() || notPlaces.contains(key)
                || n > 1 && notPlaces.contains(key(text, words.get(i + n - 1))) && !PROVINCE_CUES.contains(first)
                || n > 1 && notPlaces.contains(first) && !PROVINCE_CUES.contains(first) && !CITY_CUES.contains(first)) {
            return null; // "ایران و" and "در ایران" are no names, though "ایرانو" is a village's
        }
        Span name = window;
        if (n > 1 && PROVINCE_CUES.contains(first)) {
            name = new Span(words.get(i + 1).start(), window.end()); // "استان فارس": the name is "فارس"
            before = first;
        }
        boolean province = PROVINCE_CUES.contains(before);
        boolean city = CITY_CUES.contains(before);
        List<GazetteerEntry> kept = entries.stream().filter(e -> province ? e.kind() == GazetteerEntry.Kind.ADMIN1
                : city ? e.kind() == GazetteerEntry.Kind.CITY || e.kind() == GazetteerEntry.Kind.ADMIN2
                : e.kind() != GazetteerEntry.Kind.CITY || lonePlace(e)).toList();
        if (kept.isEmpty() || key.length() < 2) {
            return null;
        }
        Candidate.Feature feature = province ? Candidate.Feature.ADMIN1 : Candidate.Feature.PLACE;
        return new Candidate(name, text.substring(name.start(), name.end()), kept, feature, role(text, words, i, name, actors));
    }

    /**
     * A town a lone word may name: big enough, and bigger still when its name is a transcription from afar (a
     * Persian adjective such as "خونین", bloody, is also the transcribed name of a town in Argentina).
     */
    private static boolean lonePlace(GazetteerEntry e) {
        return e.population() >= (!ARABIC_SCRIPT_COUNTRIES.contains(e.country())
                ? FOREIGN_LONE_WORD_MIN_POPULATION : LONE_WORD_MIN_POPULATION);
    }

    /** The window without an ending joined by ZWNJ ("تهران‌ها"), or null when it has none. */
    private static Span withoutEnding(String text, Span window) {
        int zwnj = text.lastIndexOf('\u200C', window.end() - 1);
        if (zwnj <= window.start() || !ENDINGS.contains(key(text.substring(zwnj + 1, window.end())))) {
            return null;
        }
        return new Span(window.start(), zwnj);
    }

    /** Origin after "از" (from) unless "پس از" and the like; metonymy inside an organisation's name; else location. */
    private static Toponym.Role role(String text, List<Span> words, int i, Span name, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (!a.id().startsWith("person:") && a.span().overlaps(name)) {
                return Toponym.Role.METONYMY;
            }
        }
        if (i > 0 && adjacent(text, words, i - 1, 2) && key(text, words.get(i - 1)).equals(FROM)
                && !(i > 1 && adjacent(text, words, i - 2, 2) && NOT_FROM.contains(key(text, words.get(i - 2))))) {
            return Toponym.Role.ORIGIN;
        }
        return Toponym.Role.LOCATION;
    }

    /** True when words i..i+n-1 are separated by white space only (no punctuation, no line break between sentences). */
    private static boolean adjacent(String text, List<Span> words, int i, int n) {
        for (int k = i + 1; k < i + n; k++) {
            for (int p = words.get(k - 1).end(); p < words.get(k).start(); p++) {
                char c = text.charAt(p);
                if (c != ' ' && c != '\u00A0' && c != '\u200C' && c != '\t') {
                    return false;
                }
            }
        }
        return true;
    }

    private static String key(String text, Span s) {
        return NameKey.of(text.substring(s.start(), s.end()));
    }

    private static String key(String word) {
        return NameKey.of(word);
    }
}
