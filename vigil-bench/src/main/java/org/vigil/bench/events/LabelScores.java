package org.vigil.bench.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Per-label true positives, false positives and false negatives; F1 per label and macro-F1. */
final class LabelScores {
    private final List<String> labels;
    private final Map<String, int[]> counts = new LinkedHashMap<>();

    LabelScores(List<String> labels) {
        this.labels = List.copyOf(labels);
        labels.forEach(l -> counts.put(l, new int[3]));
    }

    void add(Set<String> gold, Set<String> predicted) {
        for (String l : labels) {
            int[] c = counts.get(l);
            boolean g = gold.contains(l);
            boolean p = predicted.contains(l);
            c[0] += g && p ? 1 : 0;
            c[1] += p && !g ? 1 : 0;
            c[2] += g && !p ? 1 : 0;
        }
    }

    double f1(String label) {
        int[] c = counts.get(label);
        return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
    }

    int support(String label) {
        int[] c = counts.get(label);
        return c[0] + c[2];
    }

    double macroF1() {
        return labels.stream().mapToDouble(this::f1).average().orElse(0);
    }

    List<String> labels() {
        return labels;
    }
}
