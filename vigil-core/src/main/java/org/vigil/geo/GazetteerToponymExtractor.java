package org.vigil.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.model.Span;
import org.vigil.text.Sentence;
import org.vigil.text.Tokens;

/**
 * Finds place names in one pass over each sentence: at every capitalised token, the longest window of up to
 * four tokens whose key the gazetteer knows. "X Square" and the like are sites even when X is unknown;
 * "X province" names a region. The role comes from the words around the name ({@link ToponymRoles}). A name the
 * gazetteer does not know may match by its {@link Romanisation} key ("Kazeroon"); names in the Arabic script are
 * found by {@link ArabicScriptToponymExtractor}.
 */
public final class GazetteerToponymExtractor implements ToponymExtractor {
    private static final int MAX_TOKENS = 4;
    private static final Set<String> SITE_WORDS = Set.of("square", "squares", "street", "streets", "avenue",
            "boulevard", "road", "bridge", "park", "mosque", "university", "prison", "hospital", "bazaar", "stadium",
            "campus", "roundabout", "plaza", "highway", "district", "neighbourhood", "neighborhood");
    private static final Set<String> SITE_PREFIXES = Set.of("plaza", "avenida", "calle", "piazza", "place", "rue",
            "praca", "plac", "maidan", "meydan", "midan");
    private static final Set<String> REGION_WORDS = Set.of("province", "region", "governorate", "oblast",
            "prefecture", "department", "state");
    private static final long SENTENCE_START_MIN_POPULATION = 100_000;
    /** A first name that also names a town this big ("Richmond", "Charleston") is taken for the town. */
    private static final long BIG_TOWN = 1_000_000;
    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;
    private final ArabicScriptToponymExtractor arabicScript;

    public GazetteerToponymExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notPlaces = load("/geo/not-places.txt");
        Set<String> notArabicPlaces = new HashSet<>();
        load("/geo/not-places-arabic-script.txt").forEach(w -> notArabicPlaces.add(NameKey.of(w)));
        this.arabicScript = new ArabicScriptToponymExtractor(gazetteer, notArabicPlaces);
    }

    @Override
    public List<Candidate> extract(String text, List<Sentence> sentences, List<ActorMention> actors) {
        List<Candidate> out = latinScript(text, sentences, actors);
        if (ArabicLetters.hasArabic(text)) {
            out.addAll(arabicScript.extract(text, sentences, actors));
            out.sort(java.util.Comparator.comparingInt(c -> c.span().start()));
        }
        return out;
    }

    private List<Candidate> latinScript(String text, List<Sentence> sentences, List<ActorMention> actors) {
        List<Candidate> out = new ArrayList<>();
        Set<String> lowerCase = ToponymTokens.lowerCaseWords(text, sentences);
        Set<String> personWords = personWords(text, sentences);
        Set<String> alone = aloneAfterLowerCase(text, sentences);
        java.util.TreeMap<Integer, Integer> persons = new java.util.TreeMap<>();
        actors.stream().filter(a -> a.id().startsWith("person:")).forEach(a -> persons.merge(a.span().start(), a.span().end(), Math::max));
        Set<String> surnames = new HashSet<>();
        for (List<Span> toks : ToponymTokens.joinedAtSaints(text, sentences)) {
            for (int i = 0; i < toks.size(); i++) {
                if (!Tokens.isCapitalised(tok(text, toks, i)) || insidePerson(toks.get(i), persons)
                        || ToponymTokens.afterTitle(text, toks, i) || PLURAL_ACRONYM.matcher(tok(text, toks, i)).matches()) {
                    continue;
                }
                Candidate c = longestAt(text, toks, i, actors);
                if (c != null && (personName(text, toks, c, personWords) || insideOrganisation(text, toks, i, c)
                        || ToponymTokens.streetName(text, c.span()) || ToponymTokens.ledBy(text, c.span())
                        || surnames.contains(NameKey.of(c.text())) && c.entries().stream().allMatch(e -> e.kind() == GazetteerEntry.Kind.CITY))) {
                    continue;
                }
                if (c != null && firstNameOf(text, toks, i, c, alone)) {
                    surnames.add(NameKey.of(tok(text, toks, i + 1))); // "Evo Morales": then "Morales" is no town either
                    continue;
                }
                if (c != null && c.feature() != Candidate.Feature.SITE && weak(text, toks, i, c, lowerCase)) {
                    c = new Candidate(c.span(), c.text(), c.entries(), c.feature(), c.role(), true);
                }
                if (c != null) {
                    out.add(c);
                    while (i + 1 < toks.size() && toks.get(i + 1).start() < c.span().end()) {
                        i++;
                    }
                }
            }
        }
        return out;
    }

    private Candidate longestAt(String text, List<Span> toks, int i, List<ActorMention> actors) {
        if (SITE_PREFIXES.contains(Tokens.fold(tok(text, toks, i))) && i + 1 < toks.size()
                && Tokens.isCapitalised(tok(text, toks, i + 1))) {
            int end = i + 2;
            while (end < toks.size() && end - i < MAX_TOKENS && Tokens.isCapitalised(tok(text, toks, end))) {
                end++;
            }
            Span site = new Span(toks.get(i).start(), toks.get(end - 1).end());
            return new Candidate(site, text.substring(site.start(), site.end()), List.of(), Candidate.Feature.SITE,
                    ToponymRoles.role(text, toks, i, end, site, actors));
        }
        for (int n = Math.min(MAX_TOKENS, toks.size() - i); n >= 1; n--) {
            if (!wordsOnly(text, toks, i, n)) {
                continue;
            }
            Span name = new Span(toks.get(i).start(), toks.get(i + n - 1).end());
            String key = NameKey.of(text.substring(name.start(), name.end()));
            String next = i + n < toks.size() ? Tokens.fold(tok(text, toks, i + n)) : "";
            if (SITE_WORDS.contains(next) && Tokens.isCapitalised(tok(text, toks, i + n)) && Tokens.isCapitalised(tok(text, toks, i + n - 1))
                    && !placePrefix(text, toks, i, n + 1) && !notPlaces.contains(Tokens.fold(tok(text, toks, i)))
                    && gazetteer.lookup(key).isEmpty()) {
                Span site = new Span(name.start(), toks.get(i + n).end());
                return new Candidate(site, text.substring(site.start(), site.end()), gazetteer.lookup(key),
                        Candidate.Feature.SITE, ToponymRoles.role(text, toks, i, i + n + 1, site, actors));
            }
            boolean period = i + n < toks.size() && tok(text, toks, i + n).equals(".") && toks.get(i + n).start() == name.end()
                    && (tok(text, toks, i + n - 1).contains(".") || abbreviation(key));
            List<GazetteerEntry> entries = gazetteer.lookup(key);
            if (entries.isEmpty() && !period && variantAllowed(key)) {
                entries = gazetteer.lookupVariant(key); // "Kazeroon", "Ghom": a romanisation of a known name
            }
            if (period) {
                name = new Span(name.start(), name.end() + 1);
                GazetteerEntry abbreviated = gazetteer.abbreviation(key);
                entries = abbreviated != null ? List.of(abbreviated) : entries;
            } else if (entries.isEmpty() || !plausible(key, n, i, entries)) {
                continue;
            }
            if (entries.isEmpty()) {
                continue;
            }
            if (ToponymTokens.allCaps(text.substring(name.start(), name.end())) && key.replace(" ", "").length() <= 4) {
                entries = entries.stream().filter(e -> e.kind() != GazetteerEntry.Kind.CITY).toList();
                if (entries.isEmpty()) {
                    continue; // "NATO", "CNN": acronyms, not the towns that share their letters
                }
            }
            name = ToponymTokens.withoutPossessive(text, name);
            boolean region = REGION_WORDS.contains(next) || ToponymRoles.follows(text, toks, i, "province", "of");
            return new Candidate(name, text.substring(name.start(), name.end()), entries,
                    region ? Candidate.Feature.ADMIN1 : Candidate.Feature.PLACE,
                    ToponymRoles.role(text, toks, i, i + n, name, actors));
        }
        return null;
    }

    /**
     * A lone word naming only towns is weak when the text also writes it in lower case ("the center"), when it
     * opens the sentence, or when a capitalised word that is no place stands next to it ("Michael Brown").
     */
    private boolean weak(String text, List<Span> toks, int i, Candidate c, Set<String> lowerCase) {
        String key = NameKey.of(c.text());
        if (ToponymTokens.allCaps(c.text()) && key.length() > 4) {
            return false; // "GAINESVILLE -": datelines and headlines
        }
        boolean firstName = WordLists.firstName(key) && c.entries().stream().noneMatch(e -> e.population() >= BIG_TOWN);
        if (c.text().indexOf(' ') < 0 && (WordLists.commonWord(key) || firstName) && c.entries().stream()
                .noneMatch(e -> e.kind() == GazetteerEntry.Kind.COUNTRY || e.kind() == GazetteerEntry.Kind.CONTINENT)) {
            return true; // "Centre", "Delta", "Free": regions somewhere, common words here
        }
        if (c.text().indexOf(' ') >= 0 || c.entries().stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY)) {
            return false;
        }
        if (lowerCase.contains(key) || i == 0 || WordLists.commonWord(key) || firstName) {
            return true;
        }
        int next = i + 1;
        while (next < toks.size() && toks.get(next).start() < c.span().end()) {
            next++;
        }
        return i > 0 && nameWord(text, toks, i - 1) || next < toks.size() && nameWord(text, toks, next);
    }

    /** A capitalised word that names no place ("Michael" before "Brown"). */
    private boolean nameWord(String text, List<Span> toks, int k) {
        String t = tok(text, toks, k);
        if (!Tokens.isCapitalised(t) || !Character.isLetter(t.codePointAt(0)) || placeWord(t)) {
            return false;
        }
        String key = NameKey.of(t);
        List<GazetteerEntry> entries = gazetteer.lookup(key);
        return entries.isEmpty() || WordLists.firstName(key) && entries.stream().allMatch(e -> e.kind() == GazetteerEntry.Kind.CITY);
    }

    /** A word of region or site names ("Province", "Square"), which is no part of a person's name. */
    private static boolean placeWord(String token) {
        String f = Tokens.fold(token);
        return REGION_WORDS.contains(f) || SITE_WORDS.contains(f);
    }

    /** A lone word naming only towns that the text also uses in someone's name, unless a region follows ("Lincoln, Neb."). */
    private static boolean personName(String text, List<Span> toks, Candidate c, Set<String> personWords) {
        if (c.text().indexOf(' ') >= 0 || !personWords.contains(NameKey.of(c.text()))
                || c.entries().stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY)) {
            return false;
        }
        int end = c.span().end();
        return !(end < text.length() && text.charAt(end) == ',');
    }

    /**
     * A lone town name before a capitalised word that the text also writes alone elsewhere, as people's surnames are
     * ("Evo Morales ... Morales said"): the first name of a person, not a place.
     */
    private static boolean firstNameOf(String text, List<Span> toks, int i, Candidate c, Set<String> alone) {
        if (c.text().indexOf(' ') >= 0 || i + 1 >= toks.size() || toks.get(i + 1).start() - c.span().end() != 1
                || c.entries().stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY)) {
            return false;
        }
        String next = tok(text, toks, i + 1);
        return Tokens.isCapitalised(next) && next.length() >= 3 && !placeWord(next) && alone.contains(next);
    }

    /**
     * Capitalised words the text writes right after a lower-case word ("said Morales", "and Morales"), found in one
     * pass: the surnames a town-named first name may precede.
     */
    private static Set<String> aloneAfterLowerCase(String text, List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            List<Span> toks = s.tokens();
            for (int k = 1; k < toks.size(); k++) {
                String prev = tok(text, toks, k - 1);
                if (toks.get(k).start() - toks.get(k - 1).end() == 1 && text.charAt(toks.get(k - 1).end()) == ' '
                        && Character.isLowerCase(prev.charAt(0)) && prev.codePoints().allMatch(Character::isLetter)) {
                    out.add(tok(text, toks, k));
                }
            }
        }
        return out;
    }

    /** Words the text uses inside people's names: the second of two capitalised words whose first names no place. */
    private Set<String> personWords(String text, List<Sentence> sentences) {
        Set<String> out = new HashSet<>();
        for (Sentence s : sentences) {
            List<Span> toks = s.tokens();
            for (int k = 1; k < toks.size(); k++) {
                String t = tok(text, toks, k);
                if (!Tokens.isCapitalised(t) || !Character.isLetter(t.codePointAt(0))
                        || toks.get(k).start() - toks.get(k - 1).end() != 1 || placeWord(t)) {
                    continue; // the cheap tests first: most tokens are no second name
                }
                if (nameWord(text, toks, k - 1) && (k > 1 || WordLists.firstName(NameKey.of(tok(text, toks, 0))))) {
                    out.add(NameKey.of(t));
                }
            }
        }
        return out;
    }


    /** A name may be matched by its romanisation key unless it is an English word, a first name or a listed non-place. */
    private boolean variantAllowed(String key) {
        return key.length() >= 4 && !WordLists.commonWord(key) && !WordLists.firstName(key) && !notPlaces.contains(key)
                && !WordLists.commonWord(Romanisation.key(key));
    }

    /** A short form written with its period ("Ind."), not a name that ends a sentence ("Iowa."). */
    private boolean abbreviation(String key) {
        GazetteerEntry region = gazetteer.abbreviation(key);
        return region != null && !NameKey.of(region.name()).equals(key);
    }

    /** True when the first two or more words of the window already name a place ("Rapides Parish" Fire District). */
    private boolean placePrefix(String text, List<Span> toks, int i, int n) {
        for (int m = n - 1; m >= 2; m--) {
            if (wordsOnly(text, toks, i, m) && !gazetteer.lookup(NameKey.of(text.substring(toks.get(i).start(), toks.get(i + m - 1).end()))).isEmpty()) {
                return true;
            }
        }
        return false;
    }





    /** A lone common word, or a lone small place at the start of a sentence, is not taken for a place. */
    private boolean plausible(String key, int n, int i, List<GazetteerEntry> entries) {
        if (n > 1) {
            return true;
        }
        if (notPlaces.contains(key) || key.length() < 2 || SITE_WORDS.contains(key) || REGION_WORDS.contains(key)) {
            return false;
        }
        if (key.length() < 3) {
            return entries.stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY); // "US", "UK", "EU"
        }
        return i > 0 || entries.stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY
                || e.population() >= SENTENCE_START_MIN_POPULATION);
    }

    private static boolean wordsOnly(String text, List<Span> toks, int i, int n) {
        for (int k = i; k < i + n; k++) {
            String t = tok(text, toks, k);
            if (t.equals(".") && k > i && k + 1 < i + n && ToponymTokens.SAINTS.contains(Tokens.fold(tok(text, toks, k - 1)))) {
                continue; // "St. Louis", "Mt. Pleasant"
            }
            if (!Character.isLetterOrDigit(t.codePointAt(0)) || k > i && !Tokens.isCapitalised(t) && !isConnector(t)) {
                return false;
            }
        }
        return Tokens.isCapitalised(tok(text, toks, i + n - 1));
    }

    private static boolean isConnector(String t) {
        return Set.of("de", "del", "la", "el", "al", "an", "ad", "as", "of", "on", "upon", "sur").contains(t);
    }

    /** "the Central Committee of Sudan Doctors": a place between "Committee of" and its members names no place. */
    private static boolean insideOrganisation(String text, List<Span> toks, int i, Candidate c) {
        if (i < 2 || !Tokens.isCapitalised(tok(text, toks, i - 2))) {
            return false;
        }
        String of = Tokens.fold(tok(text, toks, i - 1));
        int next = i;
        while (next < toks.size() && toks.get(next).start() < c.span().end()) {
            next++;
        }
        return (of.equals("of") || of.equals("for")) && next < toks.size()
                && toks.get(next).start() - c.span().end() == 1 && MEMBERS.contains(tok(text, toks, next));
    }

    /** The people an association groups ("Union of Sudan Doctors"), after the place in its name. */
    /** "MPs", "NGOs", "IDPs": the plural of an acronym names people or bodies, not a place. */
    private static final java.util.regex.Pattern PLURAL_ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,}s");

    private static final Set<String> MEMBERS = Set.of("Doctors", "Lawyers", "Journalists", "Teachers", "Workers",
            "Students", "Women", "Farmers", "Nurses", "Professionals", "Engineers", "Physicians", "Writers", "Artists",
            "Mothers", "Families", "Refugees", "Veterans", "Miners", "Traders", "Pensioners", "Youth", "Employers");

    /** True when the token lies in a person's name: {@code persons} maps each name's start to its end (names do not overlap). */
    private static boolean insidePerson(Span t, java.util.TreeMap<Integer, Integer> persons) {
        var before = persons.lowerEntry(t.end());
        return before != null && before.getValue() > t.start();
    }

    static String tok(String text, List<Span> toks, int i) {
        Span t = toks.get(i);
        return text.substring(t.start(), t.end());
    }

    private static Set<String> load(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = GazetteerToponymExtractor.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
