package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.model.DateRange;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
import org.vigil.relevance.Relevance;
import org.vigil.model.PloverType;

/**
 * Single-link clustering inside buckets of one PLOVER type and main mode (statements: one speaker), never
 * mixing history, plans and news. Two mentions join when their places agree (same place, a site in the city,
 * or within {@value #NEAR_KM} km; an unplaced statement joins its speaker's) and their dates overlap or lie
 * within {@value #MAX_GAP_DAYS} day (an undated mention joins on place alone).
 */
public final class CompatibilityClusterer implements EventClusterer {
    static final double NEAR_KM = 25;
    static final long MAX_GAP_DAYS = 1;
    static final long MAX_SPAN_DAYS = 3;
    private static final String EXPLOSION = "Remote explosive/landmine/IED";

    @Override
    public List<Cluster> cluster(List<Mention> mentions) {
        Map<String, List<Mention>> buckets = new TreeMap<>();
        mentions.stream().sorted(Comparator.comparing(Mention::id))
                .forEach(m -> buckets.computeIfAbsent(bucket(m), k -> new ArrayList<>()).add(m));
        List<Cluster> out = new ArrayList<>();
        for (List<Mention> b : buckets.values()) {
            out.addAll(clusterBucket(b));
        }
        return out;
    }

    static String bucket(Mention m) {
        String mode = m.modes().isEmpty() ? "-" : m.modes().get(0);
        if (m.type() == PloverType.ASSAULT && EXPLOSION.equals(m.acledSubEventType())) {
            mode = "explosives"; // "killed" beside "a car bomb" is coded the bombing's toll: one happening with it
        }
        if (m.type() == PloverType.ASSAULT && !mode.equals("explosives") && !mode.equals("abduct")) {
            mode = "violence"; // shooting, beating, killing in one place and time are one assault
        }
        String speaker = m.type().verbal() && !m.actors().isEmpty() ? m.actors().get(0).id() : "";
        return m.type() + "/" + mode + "/" + speaker + "/h=" + m.historical() + "/f=" + m.future();
    }

    /**
     * Clusters one bucket without comparing all pairs: mentions are grouped by place, each group is swept in
     * date order (a mention joins while it starts within {@value #MAX_GAP_DAYS} day of the cluster's end; an
     * undated mention joins its place's whole group), then clusters of nearby places with compatible dates merge.
     */
    private static List<Cluster> clusterBucket(List<Mention> ms) {
        boolean speakerOnly = ms.get(0).type().verbal() && !ms.get(0).actors().isEmpty();
        Map<String, List<Mention>> byPlace = new TreeMap<>();
        for (Mention m : ms) {
            byPlace.computeIfAbsent(speakerOnly ? "speaker" : placeKey(m), k -> new ArrayList<>()).add(m);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (List<Mention> group : byPlace.values()) {
            clusters.addAll(sweep(group));
        }
        List<Cluster> merged = mergeNearby(clusters);
        return speakerOnly ? merged : CoarsePlaceFolding.fold(merged, CompatibilityClusterer::datesAgree);
    }

    private static String placeKey(Mention m) {
        if (m.place() == null) {
            return "-/" + m.documentId(); // no place is no ground to merge reports: unplaced mentions stay in their report
        }
        return m.place().geonameId() != null ? "id:" + m.place().geonameId()
                : m.place().precision().label() + ":" + m.place().country() + ":" + m.place().name();
    }

    private static List<Cluster> sweep(List<Mention> group) {
        List<Mention> dated = new ArrayList<>(group.stream().filter(m -> m.date() != null).toList());
        List<Mention> undated = group.stream().filter(m -> m.date() == null).toList();
        dated.sort(Comparator.comparing((Mention m) -> m.date().start()).thenComparing(Mention::id));
        List<Cluster> out = new ArrayList<>();
        Cluster current = null;
        DateRange span = null;
        for (Mention m : dated) {
            if (current != null && m.date().gapDays(span) <= MAX_GAP_DAYS && !tooLong(span, m.date())
                    && evidenceAgrees(current.mentions(), List.of(m))) {
                Mention last = current.mentions().get(current.mentions().size() - 1);
                current.reasons().add(m.id() + " joins " + current.mentions().get(0).id() + ": " + compatible(last, m));
                current.mentions().add(m);
                span = span.span(m.date());
            } else {
                current = new Cluster(new ArrayList<>(List.of(m)), new ArrayList<>());
                span = m.date();
                out.add(current);
            }
        }
        for (Mention m : undated) {
            // An undated mention of a place tells of the happening there that most reports tell of.
            // A cluster its own report is in; else, only when it names a town or a site (not a country or a
            // region), the town's best-attested happening. It keeps no date of its own either way.
            Comparator<Cluster> bySize = Comparator.comparingInt((Cluster x) -> x.mentions().size());
            Cluster c = out.stream().filter(x -> x.mentions().stream().anyMatch(o -> o.documentId().equals(m.documentId())))
                    .max(bySize).orElse(specific(m) ? out.stream().max(bySize).orElse(null) : null);
            if (c == null) {
                out.add(new Cluster(new ArrayList<>(List.of(m)), new ArrayList<>()));
            } else {
                c.reasons().add(m.id() + " joins " + c.mentions().get(0).id() + ": " + compatible(c.mentions().get(0), m));
                c.mentions().add(m);
            }
        }
        return out;
    }

    /**
     * Joining would stretch one happening over more than {@value #MAX_SPAN_DAYS} days beyond its longest
     * report: daily protests in one city stay daily events instead of chaining into one.
     */
    private static boolean tooLong(DateRange span, DateRange next) {
        long longest = Math.max(days(span), days(next));
        return days(span.span(next)) > Math.max(longest, MAX_SPAN_DAYS);
    }

    private static long days(DateRange d) {
        return java.time.temporal.ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
    }

    /** Clusters whose places lie within {@value #NEAR_KM} km and whose dates agree become one. */
    private static List<Cluster> mergeNearby(List<Cluster> clusters) {
        List<Cluster> out = new ArrayList<>();
        for (Cluster c : clusters) {
            Cluster into = null;
            for (Cluster o : out) {
                String why = compatible(o.mentions().get(0), c.mentions().get(0));
                if (why != null && datesAgree(o, c) && evidenceAgrees(o.mentions(), c.mentions())) {
                    into = o;
                    o.reasons().add(c.mentions().get(0).id() + " joins " + o.mentions().get(0).id() + ": " + why);
                    break;
                }
            }
            if (into == null) {
                out.add(c);
            } else {
                into.mentions().addAll(c.mentions());
                into.reasons().addAll(c.reasons());
            }
        }
        return out;
    }

    /**
     * Across reports, what the relevance judge doubts never joins what it is sure of (an off-topic page lends no
     * evidence to a protest), and an undated cluster joins none. Within one report its mentions join as before.
     */
    static boolean evidenceAgrees(List<Mention> a, List<Mention> b) {
        if (a.stream().anyMatch(x -> b.stream().anyMatch(y -> x.documentId().equals(y.documentId())))) {
            return true;
        }
        if (a.stream().allMatch(m -> m.date() == null) || b.stream().allMatch(m -> m.date() == null)) {
            return false; // an undated report never takes another report's date
        }
        long shownA = a.stream().filter(CompatibilityClusterer::shown).count();
        long shownB = b.stream().filter(CompatibilityClusterer::shown).count();
        return shownA == a.size() && shownB == b.size() || shownA == 0 && shownB == 0;
    }

    private static boolean specific(Mention m) {
        return m.place() != null && m.place().precision() != PlacePrecision.COUNTRY
                && m.place().precision() != PlacePrecision.ADMIN1 && m.place().precision() != PlacePrecision.UNKNOWN;
    }

    private static boolean shown(Mention m) {
        return m.confidence() >= Relevance.DEFAULT_MIN_CONFIDENCE;
    }

    private static boolean datesAgree(Cluster a, Cluster b) {
        DateRange da = span(a);
        DateRange db = span(b);
        return da == null || db == null || da.gapDays(db) <= MAX_GAP_DAYS && !tooLong(da, db);
    }

    private static DateRange span(Cluster c) {
        DateRange d = null;
        for (Mention m : c.mentions()) {
            if (m.date() != null) {
                d = d == null ? m.date() : d.span(m.date());
            }
        }
        return d;
    }

    /** Why two mentions of one bucket are the same happening, or null when they are not. */
    static String compatible(Mention a, Mention b) {
        String place = samePlace(a, b);
        if (place == null) {
            return null;
        }
        if (a.date() != null && b.date() != null) {
            long gap = a.date().gapDays(b.date());
            if (gap > MAX_GAP_DAYS) {
                return null;
            }
            return String.format(Locale.ROOT, "same type %s, %s, dates %s", a.type(), place,
                    gap == 0 ? "overlap" : "within " + gap + " day");
        }
        return "same type " + a.type() + ", " + place + ", one undated";
    }

    private static String samePlace(Mention a, Mention b) {
        Place p = a.place();
        Place q = b.place();
        if (p == null || q == null) {
            if (p == null && q == null) {
                return a.documentId().equals(b.documentId()) ? "no place stated, one report"
                        : a.type().verbal() ? "same speaker, no place stated" : null;
            }
            return a.type().verbal() ? "same speaker, one place unstated" : null;
        }
        if (p.precision() == PlacePrecision.COUNTRY || q.precision() == PlacePrecision.COUNTRY
                || p.precision() == PlacePrecision.ADMIN1 || q.precision() == PlacePrecision.ADMIN1) {
            return p.precision() == q.precision() && p.country().equals(q.country()) && p.name().equals(q.name())
                    ? "same " + p.precision().label() + " " + p.name() : null;
        }
        if (p.geonameId() != null && p.geonameId().equals(q.geonameId())) {
            return "same place " + p.name() + " (" + p.geonameId() + ")";
        }
        double km = p.distanceKm(q);
        return km <= NEAR_KM ? String.format(Locale.ROOT, "%s and %s %.0f km apart", p.name(), q.name(), km) : null;
    }
}
