package org.vigil.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;

/**
 * Resolves each candidate with the document as context: countries and regions it names (and places with only
 * one reading) vote for a focus country; a candidate's reading scores by population, focus country, a region
 * named in the document, and the kind of name ("X province" is a region). Sites resolve to the story's city.
 */
public final class ContextPlaceResolver implements PlaceResolver {
    /** Below this score a lone reading is more likely a false match than a place. */
    private static final double MIN_SCORE = 3.0;

    @Override
    public List<Toponym> resolve(List<Candidate> candidates) {
        Map<String, Double> votes = new HashMap<>();
        Set<String> regions = new HashSet<>();
        for (Candidate c : candidates) {
            vote(c, votes, regions);
        }
        String focus = votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        List<Toponym> out = new ArrayList<>();
        List<Candidate> sites = new ArrayList<>();
        for (Candidate c : candidates) {
            GazetteerEntry best = best(c, focus, regions);
            if (best != null) {
                out.add(new Toponym(c.span(), c.text(), place(best, c), c.role()));
            } else if (c.feature() == Candidate.Feature.SITE) {
                sites.add(c);
            }
        }
        Place city = storyCity(out);
        if (city != null) {
            for (Candidate s : sites) {
                out.add(new Toponym(s.span(), s.text(), city.withPrecision(PlacePrecision.SITE, s.text()), s.role()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    private static void vote(Candidate c, Map<String, Double> votes, Set<String> regions) {
        boolean namesCities = c.entries().stream().anyMatch(e -> e.kind() == GazetteerEntry.Kind.CITY && e.population() >= 100_000);
        for (GazetteerEntry e : c.entries()) {
            if (e.kind() == GazetteerEntry.Kind.ADMIN1 && namesCities && c.feature() != Candidate.Feature.ADMIN1) {
                continue; // "Santiago" names a big city and, somewhere, a region: only "Santiago province" means the region
            }
            if (e.kind() == GazetteerEntry.Kind.COUNTRY) {
                votes.merge(e.country(), 3.0, Double::sum);
            } else if (e.kind() == GazetteerEntry.Kind.ADMIN1) {
                regions.add(e.country() + "." + e.admin1Code());
                votes.merge(e.country(), c.feature() == Candidate.Feature.ADMIN1 ? 2.0 : 0.5, Double::sum);
            }
        }
        long cities = c.entries().stream().filter(e -> e.kind() == GazetteerEntry.Kind.CITY).count();
        if (cities == 1 && c.entries().size() == 1) {
            votes.merge(c.entries().get(0).country(), 1.0, Double::sum);
        }
    }

    private static GazetteerEntry best(Candidate c, String focus, Set<String> regions) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (GazetteerEntry e : c.entries()) {
            double s = score(e, c, focus, regions);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return bestScore >= MIN_SCORE ? best : null;
    }

    private static double score(GazetteerEntry e, Candidate c, String focus, Set<String> regions) {
        double s = Math.log10(e.population() + 10);
        if (e.country().equals(focus)) {
            s += 3;
        }
        if (e.admin1Code() != null && regions.contains(e.country() + "." + e.admin1Code()) && e.kind() == GazetteerEntry.Kind.CITY) {
            s += 2;
        }
        switch (e.kind()) {
            case COUNTRY -> s += c.feature() == Candidate.Feature.PLACE ? 8 : 0;
            case ADMIN1 -> s += c.feature() == Candidate.Feature.ADMIN1 ? 8 : 2.5;
            default -> s += "PPLC".equals(e.featureCode()) ? 1 : "PPLA".equals(e.featureCode()) ? 0.5 : 0;
        }
        if (c.feature() == Candidate.Feature.ADMIN1 && e.kind() != GazetteerEntry.Kind.ADMIN1) {
            s -= 4;
        }
        return s;
    }

    private static Place place(GazetteerEntry e, Candidate c) {
        PlacePrecision p = switch (e.kind()) {
            case COUNTRY -> PlacePrecision.COUNTRY;
            case ADMIN1 -> PlacePrecision.ADMIN1;
            case CITY -> c.feature() == Candidate.Feature.SITE ? PlacePrecision.SITE : PlacePrecision.CITY;
        };
        return new Place(e.name(), c.text(), e.geonameId(), e.lat(), e.lon(), e.admin1Name(), e.country(), p);
    }

    /** The city the story is about: the city named most often as a location. */
    private static Place storyCity(List<Toponym> resolved) {
        Map<Long, Integer> counts = new HashMap<>();
        Place best = null;
        int bestCount = 0;
        for (Toponym t : resolved) {
            if (t.role() == Toponym.Role.LOCATION && t.place().precision() == PlacePrecision.CITY) {
                int n = counts.merge(t.place().geonameId(), 1, Integer::sum);
                if (n > bestCount) {
                    best = t.place();
                    bestCount = n;
                }
            }
        }
        return best;
    }
}
