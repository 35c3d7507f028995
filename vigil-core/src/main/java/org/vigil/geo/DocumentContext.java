package org.vigil.geo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a document says about where it is: the focus country (most votes: named countries and regions, places with
 * one reading, big cities), every country voted for, and the first-level regions it names ("CC.admin1").
 */
record DocumentContext(String focus, Set<String> countries, Set<String> regions, List<Anchor> anchors) {
    /** A place resolved on a first reading, and the key of the name that named it. */
    record Anchor(GazetteerEntry entry, String key) {
    }

    /** Within this distance of a place the document names unambiguously, a reading is near the story. */
    private static final double NEAR_KM = 150;
    private static final long BIG_CITY = 1_000_000;

    /** What a country named once weighs: the vote the language of the text gives its country. */
    private static final double LANGUAGE_VOTE = 3;

    /** The context of these candidates; {@code languageCountry} (may be null) is the country the text's language votes for. */
    static DocumentContext of(List<Candidate> candidates, String languageCountry) {
        Map<String, Double> votes = new HashMap<>();
        if (languageCountry != null) {
            votes.put(languageCountry, LANGUAGE_VOTE);
        }
        Set<String> regions = new HashSet<>();
        for (Candidate c : candidates) {
            vote(c, votes, regions);
        }
        String focus = votes.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
        return new DocumentContext(focus, votes.keySet(), regions, List.of());
    }

    /** The same context with the places of a first reading as anchors; those resolved without doubt name their regions. */
    DocumentContext withAnchors(List<Anchor> first, List<GazetteerEntry> sure) {
        Set<String> r = new HashSet<>(regions);
        for (GazetteerEntry e : sure) {
            if (e.admin1Code() != null) {
                r.add(e.country() + "." + e.admin1Code());
            }
        }
        // one anchor per name and place: a text naming a town a thousand times anchors once, not a thousand times
        return new DocumentContext(focus, countries, r, List.copyOf(new java.util.LinkedHashSet<>(first)));
    }

    /** True when the entry lies near a place the document names by another name. */
    boolean nearAnchor(GazetteerEntry e, String key) {
        for (Anchor a : anchors) {
            if (!a.key().equals(key) && org.vigil.model.Place.distanceKm(a.entry().lat(), a.entry().lon(), e.lat(), e.lon()) <= NEAR_KM) {
                return true;
            }
        }
        return false;
    }

    private static long counties(Candidate c) {
        return c.entries().stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN2).count();
    }

    private static void vote(Candidate c, Map<String, Double> votes, Set<String> regions) {
        boolean namesBigCity = c.entries().stream().anyMatch(e -> e.kind() == GazetteerEntry.Kind.CITY && e.population() >= 100_000);
        long admins = c.entries().stream().filter(e -> e.kind() == GazetteerEntry.Kind.ADMIN1).count();
        for (GazetteerEntry e : c.entries()) {
            switch (e.kind()) {
                case COUNTRY -> votes.merge(e.country(), admins > 0 ? 1.0 : 3.0, Double::sum); // "Georgia": a country or a state
                case ADMIN1 -> {
                    if (namesBigCity && c.feature() != Candidate.Feature.ADMIN1) {
                        continue; // "Santiago" names a big city and, somewhere, a region: only "Santiago province" means the region
                    }
                    if (admins <= 2) {
                        regions.add(e.country() + "." + e.admin1Code());
                    }
                    votes.merge(e.country(), (c.feature() == Candidate.Feature.ADMIN1 ? 2.0 : 1.0) / admins, Double::sum);
                }
                case ADMIN2 -> {
                    votes.merge(e.country(), 1.0, Double::sum);
                    if (counties(c) <= 2) {
                        regions.add(e.country() + "." + e.admin1Code());
                    }
                }
                case CITY -> {
                    if (e.population() >= BIG_CITY) {
                        votes.merge(e.country(), 0.5, Double::sum);
                    }
                }
                default -> { }
            }
        }
        if (c.entries().size() == 1 && c.entries().get(0).kind() == GazetteerEntry.Kind.CITY) {
            votes.merge(c.entries().get(0).country(), 1.0, Double::sum);
        }
    }
}
