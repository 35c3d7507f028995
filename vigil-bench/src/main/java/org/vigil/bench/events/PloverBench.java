package org.vigil.bench.events;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.vigil.classify.Classification;
import org.vigil.classify.TextClassifier;

/**
 * PLOVER gold records through {@code vigil classify}: event-type accuracy and macro-F1 over the gold types,
 * mode accuracy on the records whose gold mode Vigil has (the gold mode is among the predicted modes).
 */
public final class PloverBench {
    /** Per type: true positives, false positives, false negatives. */
    public record Result(int records, int typeCorrect, int modeRecords, int modeCorrect, Map<String, int[]> perType,
                         double seconds) {
        public double typeAccuracy() {
            return (double) typeCorrect / records;
        }

        public double modeAccuracy() {
            return modeRecords == 0 ? 0 : (double) modeCorrect / modeRecords;
        }

        public double f1(String type) {
            int[] c = perType.get(type);
            return c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
        }

        /** Mean F1 over the types present in the gold records. */
        public double macroF1() {
            return perType.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[2] > 0)
                    .mapToDouble(e -> f1(e.getKey())).average().orElse(0);
        }
    }

    private PloverBench() {
    }

    public static Result score(List<PloverGold> gold, TextClassifier classifier) {
        Map<String, int[]> per = new LinkedHashMap<>();
        new TreeSet<>(gold.stream().map(PloverGold::type).toList()).forEach(t -> per.put(t, new int[3]));
        int correct = 0;
        int modeN = 0;
        int modeOk = 0;
        long t0 = System.nanoTime();
        for (PloverGold g : gold) {
            LocalDate date = g.date() == null ? null : LocalDate.parse(g.date());
            Classification c = classifier.classify(g.id(), g.text(), date);
            String p = c.plover() == null ? "(none)" : c.plover();
            per.computeIfAbsent(p, k -> new int[3]);
            if (p.equals(g.type())) {
                correct++;
                per.get(p)[0]++;
            } else {
                per.get(p)[1]++;
                per.get(g.type())[2]++;
            }
            if (g.mode() != null) {
                modeN++;
                modeOk += c.modes().contains(g.mode()) ? 1 : 0;
            }
        }
        return new Result(gold.size(), correct, modeN, modeOk, per, (System.nanoTime() - t0) / 1e9);
    }
}
