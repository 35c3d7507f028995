package org.vigil.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;

/**
 * Krippendorff's alpha over units each coded by any number of coders (missing codes allowed), from the
 * coincidence matrix: alpha = 1 - (n - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck). Units with fewer than two
 * values are not pairable and are left out. Nominal: d = 0 for equal values, else 1; interval: d = (a - b)^2.
 */
public final class Krippendorff {
    private Krippendorff() {
    }

    public static final ToDoubleBiFunction<String, String> NOMINAL = (a, b) -> a.equals(b) ? 0 : 1;
    public static final ToDoubleBiFunction<String, String> INTERVAL = (a, b) -> {
        double d = Double.parseDouble(a) - Double.parseDouble(b);
        return d * d;
    };

    /** Alpha for these units (each a list of the values its coders gave), or NaN when nothing is pairable or all agree by necessity. */
    public static double alpha(List<List<String>> units, ToDoubleBiFunction<String, String> delta) {
        Map<String, Map<String, Double>> o = new HashMap<>();
        for (List<String> u : units) {
            int m = u.size();
            if (m < 2) {
                continue;
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    if (i != j) {
                        o.computeIfAbsent(u.get(i), k -> new HashMap<>()).merge(u.get(j), 1.0 / (m - 1), Double::sum);
                    }
                }
            }
        }
        Map<String, Double> nc = new HashMap<>();
        o.forEach((c, row) -> nc.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = nc.values().stream().mapToDouble(Double::doubleValue).sum();
        if (n <= 1) {
            return Double.NaN;
        }
        double observed = 0;
        for (var row : o.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                observed += cell.getValue() * delta.applyAsDouble(row.getKey(), cell.getKey());
            }
        }
        List<String> values = new ArrayList<>(nc.keySet());
        double expected = 0;
        for (String c : values) {
            for (String k : values) {
                expected += nc.get(c) * nc.get(k) * delta.applyAsDouble(c, k);
            }
        }
        return expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
    }
}
