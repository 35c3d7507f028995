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
                         double seconds, Map<String, Integer> confusions) {
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
        List<String> types = new java.util.ArrayList<>();
        List<List<String>> modes = new java.util.ArrayList<>();
        long t0 = System.nanoTime();
        for (PloverGold g : gold) {
            LocalDate date = g.date() == null ? null : LocalDate.parse(g.date());
            Classification c = classifier.classify(g.id(), g.text(), date);
            types.add(c.plover());
            modes.add(c.modes());
        }
        return tally(gold, types, modes, (System.nanoTime() - t0) / 1e9);
    }

    /** Scores predicted types (null: none) and modes (null: not scored) against the gold records. */
    public static Result tally(List<PloverGold> gold, List<String> types, List<List<String>> modes, double seconds) {
        Map<String, int[]> per = new LinkedHashMap<>();
        new TreeSet<>(gold.stream().map(PloverGold::type).toList()).forEach(t -> per.put(t, new int[3]));
        Map<String, Integer> confusions = new java.util.TreeMap<>();
        int correct = 0;
        int modeN = 0;
        int modeOk = 0;
        for (int i = 0; i < gold.size(); i++) {
            PloverGold g = gold.get(i);
            String p = types.get(i) == null ? "(none)" : types.get(i);
            per.computeIfAbsent(p, k -> new int[3]);
            if (p.equals(g.type())) {
                correct++;
                per.get(p)[0]++;
            } else {
                confusions.merge(g.type() + "->" + p, 1, Integer::sum);
                per.get(p)[1]++;
                per.get(g.type())[2]++;
            }
            if (g.mode() != null && modes != null) {
                modeN++;
                modeOk += modes.get(i).contains(g.mode()) ? 1 : 0;
            }
        }
        return new Result(gold.size(), correct, modeN, modeOk, per, seconds, confusions);
    }
}
