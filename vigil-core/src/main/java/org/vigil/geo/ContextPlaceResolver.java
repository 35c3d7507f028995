package org.vigil.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.model.Span;

/**
 * Resolves each candidate with the document as context. Countries, regions and unambiguous places vote for a
 * focus country ({@link DocumentContext}); a reading scores by its population (regions and countries by the sum
 * of their places'), its kind, whether the text wrote its own name or an alternate one, the focus country, a
 * region the document names, and a qualifier right after it ("Kazerun, Fars", "Paris, Texas"). Sites ("Shohada
 * Square") resolve to the city the story is about. A Persian text votes for Iran.
 */
public final class ContextPlaceResolver implements PlaceResolver {
    /** Below this score a reading is more likely a false match than a place. */
    private static final double MIN_SCORE = 4.5;
    /** What a weak candidate (sentence-initial, or written in lower case elsewhere) must score on top. */
    private static final double WEAK_EXTRA = 4;

    @Override
    public List<Toponym> resolve(List<Candidate> candidates) {
        return resolve(candidates, DocumentContext.of(candidates, null));
    }

    /** A text written in Persian votes for Iran as its focus country ({@link PersianText}). */
    @Override
    public List<Toponym> resolve(List<Candidate> candidates, String text) {
        return resolve(candidates, DocumentContext.of(candidates, PersianText.is(text) ? PersianText.COUNTRY : null));
    }

    private List<Toponym> resolve(List<Candidate> candidates, DocumentContext context) {
        DocumentContext ctx = context;
        List<DocumentContext.Anchor> first = new ArrayList<>();
        ctx = ctx.withAnchors(first, anchors(candidates, ctx, first));
        List<Toponym> out = new ArrayList<>();
        List<Candidate> sites = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
            GazetteerEntry best = best(c, ctx, qualifier(c, next));
            if (best != null) {
                out.add(new Toponym(c.span(), c.text(), place(best, c), c.role(), feature(best, c)));
            } else if (c.feature() == Candidate.Feature.SITE) {
                sites.add(c);
            }
        }
        out = withoutNamePairs(out);
        Place city = storyCity(out);
        if (city != null) {
            for (Candidate s : sites) {
                out.add(new Toponym(s.span(), s.text(), city.withPrecision(PlacePrecision.SITE, s.text()), s.role(), "SITE"));
            }
        }
        out.sort(Comparator.comparingInt(t -> t.span().start()));
        return out;
    }

    /**
     * Two single-word towns side by side in two countries, neither qualifying the other, are a person's names
     * ("Evo Morales": Estepona and Morales, Colombia; "Chelsea Clinton"), not two places.
     */
    private static List<Toponym> withoutNamePairs(List<Toponym> resolved) {
        java.util.Set<Span> drop = new java.util.HashSet<>();
        for (int i = 0; i + 1 < resolved.size(); i++) {
            Toponym a = resolved.get(i);
            Toponym b = resolved.get(i + 1);
            if (b.span().start() - a.span().end() == 1 && a.place().precision() == PlacePrecision.CITY && b.place().precision() == PlacePrecision.CITY
                    && a.text().indexOf(' ') < 0 && b.text().indexOf(' ') < 0 && !a.place().country().equals(b.place().country())) {
                drop.add(a.span());
                drop.add(b.span());
            }
        }
        return drop.isEmpty() ? resolved : new ArrayList<>(resolved.stream().filter(t -> !drop.contains(t.span())).toList());
    }

    /** Towns and counties resolved without doubt: the only reading of their name, or confirmed by a qualifier. */
    private static List<GazetteerEntry> anchors(List<Candidate> candidates, DocumentContext ctx, List<DocumentContext.Anchor> first) {
        List<GazetteerEntry> out = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            Candidate q = qualifier(c, i + 1 < candidates.size() ? candidates.get(i + 1) : null);
            GazetteerEntry best = best(c, ctx, q);
            if (best == null || best.kind() != GazetteerEntry.Kind.CITY && best.kind() != GazetteerEntry.Kind.ADMIN2) {
                continue;
            }
            first.add(new DocumentContext.Anchor(best, NameKey.of(c.text())));
            if (c.entries().size() == 1 || q != null && qualifies(q, best)) {
                out.add(best);
            }
        }
        return out;
    }

    /** The candidate right after this one, separated by a comma or a space at most ("Kazerun, Fars"). */
    private static Candidate qualifier(Candidate c, Candidate next) {
        return next != null && next.span().start() - c.span().end() <= 2 && next.feature() != Candidate.Feature.SITE ? next : null;
    }

    private static GazetteerEntry best(Candidate c, DocumentContext ctx, Candidate qualifier) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        String key = NameKey.of(c.text());
        List<GazetteerEntry> entries = c.entries();
        boolean[] own = new boolean[entries.size()];
        boolean ownName = false;
        for (int i = 0; i < own.length; i++) {
            own[i] = NameKey.of(entries.get(i).name()).equals(key);
            ownName |= own[i];
        }
        for (int i = 0; i < own.length; i++) {
            GazetteerEntry e = entries.get(i);
            double s = score(e, c, own[i], key, ctx, qualifier);
            if (ownName && e.kind() == GazetteerEntry.Kind.CITY && !own[i]) {
                s -= 3; // another place bears this name as its own: an alternate name of a far town is a poor guess
            }
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return bestScore >= MIN_SCORE + (c.weak() ? WEAK_EXTRA : 0) ? best : null;
    }

    /** {@code ownName}: the text names the entry by its own name rather than an alternate one. */
    static double score(GazetteerEntry e, Candidate c, boolean ownName, String key, DocumentContext ctx, Candidate qualifier) {
        double s = Math.log10(e.population() + 10);
        s += switch (e.kind()) {
            case CONTINENT -> 7;
            case COUNTRY -> 2;
            case ADMIN1 -> 1;
            case ADMIN2 -> 2;
            case CITY -> "PPLC".equals(e.featureCode()) ? 2.5 : "PPLA".equals(e.featureCode()) ? 0.5 : 0;
        };
        if (ownName || e.kind() != GazetteerEntry.Kind.CITY) {
            s += 1.5;
        }
        if (e.country().equals(ctx.focus())) {
            s += 3;
        } else if (ctx.countries().contains(e.country())) {
            s += 1;
        }
        if (e.kind() != GazetteerEntry.Kind.ADMIN1 && e.admin1Code() != null && ctx.regions().contains(e.country() + "." + e.admin1Code())) {
            s += 2.5;
        }
        if (e.kind() == GazetteerEntry.Kind.CITY && ctx.nearAnchor(e, key)) {
            s += 2;
        }
        if (qualifier != null && qualifies(qualifier, e)) {
            s += 6;
        }
        if (c.feature() == Candidate.Feature.ADMIN1) {
            s += e.kind() == GazetteerEntry.Kind.ADMIN1 ? 8 : -4;
        } else if (e.kind() == GazetteerEntry.Kind.ADMIN1 && namesItsCity(c, e)) {
            s -= 3; // "Tehran said": the city, not the province named after it, unless the text says "province"
        }
        return s;
    }

    private static boolean namesItsCity(Candidate c, GazetteerEntry region) {
        return c.entries().stream().anyMatch(x -> x.kind() == GazetteerEntry.Kind.CITY && x.population() >= 100_000
                && x.country().equals(region.country()) && region.admin1Code().equals(x.admin1Code()));
    }

    /** True when the qualifier names the region or the country this entry lies in. */
    static boolean qualifies(Candidate q, GazetteerEntry e) {
        for (GazetteerEntry r : q.entries()) {
            if (r == e) {
                continue;
            }
            if (r.kind() == GazetteerEntry.Kind.COUNTRY && r.country().equals(e.country()) && e.kind() != GazetteerEntry.Kind.COUNTRY
                    || r.kind() == GazetteerEntry.Kind.ADMIN1 && e.kind() != GazetteerEntry.Kind.ADMIN1 && r.country().equals(e.country())
                    && r.admin1Code().equals(e.admin1Code())) {
                return true;
            }
        }
        return false;
    }

    private static Place place(GazetteerEntry e, Candidate c) {
        PlacePrecision p = switch (e.kind()) {
            case COUNTRY, CONTINENT -> PlacePrecision.COUNTRY;
            case ADMIN1, ADMIN2 -> PlacePrecision.ADMIN1;
            case CITY -> c.feature() == Candidate.Feature.SITE ? PlacePrecision.SITE : PlacePrecision.CITY;
        };
        return new Place(e.name(), c.text(), e.geonameId(), e.lat(), e.lon(), e.admin1Name(), e.country(), p);
    }

    private static String feature(GazetteerEntry e, Candidate c) {
        return c.feature() == Candidate.Feature.SITE ? "SITE" : e.featureCode();
    }

    /** The city the story is about: the city named most often as a location. */
    private static Place storyCity(List<Toponym> resolved) {
        Map<String, Integer> counts = new HashMap<>();
        Place best = null;
        int bestCount = 0;
        for (Toponym t : resolved) {
            if (t.role() == Toponym.Role.LOCATION && t.place().precision() == PlacePrecision.CITY) {
                int n = counts.merge(t.place().name() + "|" + t.place().country(), 1, Integer::sum);
                if (n > bestCount) {
                    best = t.place();
                    bestCount = n;
                }
            }
        }
        return best;
    }
}
