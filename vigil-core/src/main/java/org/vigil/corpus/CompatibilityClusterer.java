package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.vigil.model.Mention;
import org.vigil.model.Place;
import org.vigil.model.PlacePrecision;
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
        if (m.type() == PloverType.ASSAULT && !mode.equals("explosives") && !mode.equals("abduct")) {
            mode = "violence"; // shooting, beating, killing in one place and time are one assault
        }
        String speaker = m.type().verbal() && !m.actors().isEmpty() ? m.actors().get(0).id() : "";
        return m.type() + "/" + mode + "/" + speaker + "/h=" + m.historical() + "/f=" + m.future();
    }

    private static List<Cluster> clusterBucket(List<Mention> ms) {
        int[] parent = new int[ms.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            for (int j = i + 1; j < ms.size(); j++) {
                if (find(parent, i) == find(parent, j)) {
                    continue;
                }
                String why = compatible(ms.get(i), ms.get(j));
                if (why != null) {
                    parent[find(parent, j)] = find(parent, i);
                    reasons.computeIfAbsent(j, k -> new ArrayList<>()).add(ms.get(j).id() + " joins " + ms.get(i).id() + ": " + why);
                }
            }
        }
        Map<Integer, Cluster> byRoot = new TreeMap<>();
        for (int i = 0; i < ms.size(); i++) {
            Cluster c = byRoot.computeIfAbsent(find(parent, i), k -> new Cluster(new ArrayList<>(), new ArrayList<>()));
            c.mentions().add(ms.get(i));
            c.reasons().addAll(reasons.getOrDefault(i, List.of()));
        }
        return new ArrayList<>(byRoot.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
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
            return p == null && q == null ? "no place stated" : a.type().verbal() ? "same speaker, one place unstated" : null;
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
