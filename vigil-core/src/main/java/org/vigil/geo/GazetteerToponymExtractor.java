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
 * "X province" names a region. The role comes from the words around the name ({@link ToponymRoles}).
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
    private final Gazetteer gazetteer;
    private final Set<String> notPlaces;

    public GazetteerToponymExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.notPlaces = load("/geo/not-places.txt");
    }

    @Override
    public List<Candidate> extract(String text, List<Sentence> sentences, List<ActorMention> actors) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Span> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (!Tokens.isCapitalised(tok(text, toks, i)) || insidePerson(toks.get(i), actors)) {
                    continue;
                }
                Candidate c = longestAt(text, toks, i, actors);
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
            if (SITE_WORDS.contains(next) && Tokens.isCapitalised(tok(text, toks, i + n - 1))) {
                Span site = new Span(name.start(), toks.get(i + n).end());
                return new Candidate(site, text.substring(site.start(), site.end()), gazetteer.lookup(key),
                        Candidate.Feature.SITE, ToponymRoles.role(text, toks, i, i + n + 1, site, actors));
            }
            List<GazetteerEntry> entries = gazetteer.lookup(key);
            if (entries.isEmpty() || !plausible(key, n, i, entries)) {
                continue;
            }
            boolean region = REGION_WORDS.contains(next) || ToponymRoles.follows(text, toks, i, "province", "of");
            return new Candidate(name, text.substring(name.start(), name.end()), entries,
                    region ? Candidate.Feature.ADMIN1 : Candidate.Feature.PLACE,
                    ToponymRoles.role(text, toks, i, i + n, name, actors));
        }
        return null;
    }

    /** A lone common word, or a lone small place at the start of a sentence, is not taken for a place. */
    private boolean plausible(String key, int n, int i, List<GazetteerEntry> entries) {
        if (n > 1) {
            return true;
        }
        if (notPlaces.contains(key) || key.length() < 3) {
            return false;
        }
        return i > 0 || entries.stream().anyMatch(e -> e.kind() != GazetteerEntry.Kind.CITY
                || e.population() >= SENTENCE_START_MIN_POPULATION);
    }

    private static boolean wordsOnly(String text, List<Span> toks, int i, int n) {
        for (int k = i; k < i + n; k++) {
            String t = tok(text, toks, k);
            if (!Character.isLetterOrDigit(t.codePointAt(0)) || k > i && !Tokens.isCapitalised(t) && !isConnector(t)) {
                return false;
            }
        }
        return Tokens.isCapitalised(tok(text, toks, i + n - 1));
    }

    private static boolean isConnector(String t) {
        return Set.of("de", "del", "la", "el", "al", "an", "ad", "as", "of", "on", "upon", "sur").contains(t);
    }

    private static boolean insidePerson(Span t, List<ActorMention> actors) {
        for (ActorMention a : actors) {
            if (a.id().startsWith("person:") && a.span().overlaps(t)) {
                return true;
            }
        }
        return false;
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
