package org.vigil.bench.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One system's scores on one corpus. Geotagging: precision, recall and F1 with exact matches (same words, same
 * place in the text) and with overlapping ones. Geocoding, over the gold toponyms the system tagged exactly and
 * placed: accuracy within 161 km, mean and median error in km, and the area under the curve of ln(1 + error)
 * normalised by ln(20039 km) (lower is better). {@code errors} maps a gold toponym's index to its error in km.
 */
public record GeoScores(String system, int goldCount, int systemCount, int exact, int overlapSystem, int overlapGold,
                        Map<Integer, Double> errors) {

    public double precision() {
        return systemCount == 0 ? 0 : (double) exact / systemCount;
    }

    public double recall() {
        return goldCount == 0 ? 0 : (double) exact / goldCount;
    }

    public double f1() {
        return f(precision(), recall());
    }

    public double overlapF1() {
        return f(systemCount == 0 ? 0 : (double) overlapSystem / systemCount, goldCount == 0 ? 0 : (double) overlapGold / goldCount);
    }

    public int geocoded() {
        return errors.size();
    }

    public double accuracy161() {
        return accuracy161(new ArrayList<>(errors.values()));
    }

    public double meanKm() {
        return errors.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double medianKm() {
        double[] e = errors.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (e.length == 0) {
            return Double.NaN;
        }
        return e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
    }

    /** Area under the sorted ln(1 + km) curve, trapezoidal rule, over the worst case ln(20039) (Gritta et al.). */
    public double auc() {
        return auc(errors.values());
    }

    /** The same area over any list of errors in km (for instance the toponyms every system placed). */
    static double auc(java.util.Collection<Double> km) {
        double[] e = km.stream().mapToDouble(d -> Math.log1p(d)).sorted().toArray();
        if (e.length < 2) {
            return Double.NaN;
        }
        double area = 0;
        for (int i = 1; i < e.length; i++) {
            area += (e[i - 1] + e[i]) / 2;
        }
        return area / (Math.log(20039) * (e.length - 1));
    }

    /** Share of errors with ln(1 + km) below ln(161), as the corpus authors count it. */
    static double accuracy161(List<Double> km) {
        if (km.isEmpty()) {
            return Double.NaN;
        }
        return km.stream().filter(d -> Math.log1p(d) < Math.log(161)).count() / (double) km.size();
    }

    private static double f(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
