package org.vigil.bench.geo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Lists Vigil's geocoding errors above a threshold, gold point beside Vigil's, to find their general causes. */
final class GeoErrors {
    private GeoErrors() {
    }

    static void print(GeoparsingBenchmark.Result r, double minKm, PrintStream out) {
        List<List<GeoToponym>> gold = r.corpus().gold();
        int index = 0, shown = 0;
        for (int d = 0; d < gold.size(); d++) {
            List<GeoToponym> s = r.vigilOutput().get(d);
            boolean[] used = new boolean[s.size()];
            for (GeoToponym g : gold.get(d)) {
                int m = GeoScorer.find(g, s, used, false);
                if (m >= 0) {
                    used[m] = true;
                }
                Double km = r.vigil().errors().get(index++);
                if (km != null && km > minKm) {
                    GeoToponym v = s.get(m);
                    out.printf(Locale.ROOT, "ERR %s doc %d %-28s %7.0f km  gold %.3f,%.3f  vigil %.3f,%.3f%n",
                            r.corpus().name(), d, "\"" + g.mention() + "\"", km, g.lat(), g.lon(), v.lat(), v.lon());
                    shown++;
                }
            }
        }
        out.printf(Locale.ROOT, "%d errors above %.0f km%n%n", shown, minKm);
    }
}
