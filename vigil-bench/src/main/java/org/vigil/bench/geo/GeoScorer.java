package org.vigil.bench.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vigil.model.Place;

/**
 * Scores one system's toponyms against the gold, the same way for every system. A system toponym matches a gold
 * one exactly when the words are the same (ignoring case) and their middles are less than 10 characters apart
 * (web services shift offsets by a few characters; this is the rule of Gritta et al.'s scorer). An overlap match
 * is an exact one, overlapping spans, or one name inside the other within the same 10 characters. Each gold and
 * each system toponym is used at most once, first come first served. For systems whose offsets are no character
 * offsets ({@code nameOnly}), a match needs the same words only, as the corpus authors scored them.
 */
public final class GeoScorer {
    private static final double NEAR = 10;

    private GeoScorer() {
    }

    public static GeoScores score(String system, List<List<GeoToponym>> gold, List<List<GeoToponym>> output, boolean nameOnly) {
        int goldCount = 0, systemCount = 0, exact = 0, overlapSystem = 0, overlapGold = 0, index = 0;
        Map<Integer, Double> errors = new HashMap<>();
        for (int d = 0; d < gold.size(); d++) {
            List<GeoToponym> g = gold.get(d);
            List<GeoToponym> s = d < output.size() ? output.get(d) : List.of();
            goldCount += g.size();
            systemCount += s.size();
            boolean[] usedSys = new boolean[s.size()];
            boolean[] overlapSys = new boolean[s.size()];
            for (int i = 0; i < g.size(); i++, index++) {
                GeoToponym gt = g.get(i);
                int m = find(gt, s, usedSys, nameOnly);
                if (m >= 0) {
                    usedSys[m] = true;
                    exact++;
                    GeoToponym st = s.get(m);
                    if (!st.unresolved() && gt.lat() != null) {
                        errors.put(index, Place.distanceKm(gt.lat(), gt.lon(), st.lat(), st.lon()));
                    }
                }
                boolean any = false;
                for (int k = 0; k < s.size(); k++) {
                    if (k == m || overlaps(gt, s.get(k), nameOnly)) {
                        overlapSys[k] = true;
                        any = true;
                    }
                }
                overlapGold += any ? 1 : 0;
            }
            for (boolean b : overlapSys) {
                overlapSystem += b ? 1 : 0;
            }
        }
        return new GeoScores(system, goldCount, systemCount, exact, overlapSystem, overlapGold, errors);
    }

    static int find(GeoToponym g, List<GeoToponym> s, boolean[] used, boolean nameOnly) {
        for (int k = 0; k < s.size(); k++) {
            if (!used[k] && same(g, s.get(k)) && (nameOnly || Math.abs(g.middle() - s.get(k).middle()) < NEAR)) {
                return k;
            }
        }
        return -1;
    }

    private static boolean overlaps(GeoToponym g, GeoToponym s, boolean nameOnly) {
        if (same(g, s) && (nameOnly || Math.abs(g.middle() - s.middle()) < NEAR)) {
            return true;
        }
        if (nameOnly) {
            return false;
        }
        if (g.start() < s.end() && s.start() < g.end()) {
            return true;
        }
        String a = key(g.mention()), b = key(s.mention());
        return (a.contains(b) || b.contains(a)) && Math.abs(g.middle() - s.middle()) < NEAR;
    }

    private static boolean same(GeoToponym a, GeoToponym b) {
        return key(a.mention()).equals(key(b.mention()));
    }

    private static String key(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /** Gold indexes every system geocoded (the common subset on which systems compare like for like). */
    public static List<Integer> common(List<GeoScores> all) {
        List<Integer> out = new ArrayList<>(all.get(0).errors().keySet());
        for (GeoScores s : all) {
            out.retainAll(s.errors().keySet());
        }
        out.sort(null);
        return out;
    }
}
