package org.vigil.bench.time;

import java.util.ArrayList;
import java.util.List;
import org.vigil.time.Timex;

/**
 * Scores system TIMEX3s against gold ones the way the TempEval-3 scorer does after its id normaliser: each gold
 * timex is paired with at most one overlapping system timex (an exact-extent one first), pairs are relaxed
 * matches, exact-extent pairs strict matches, and type and value are compared over the pairs.
 */
public final class TimexScorer {
    /** A scored pair or a miss, for error listings. */
    public record Pair(TimeMLDocument.GoldTimex gold, Timex system) {
    }

    private TimexScorer() {
    }

    public static TimexScore score(List<TimeMLDocument.GoldTimex> gold, List<Timex> system) {
        return score(gold, system, new ArrayList<>());
    }

    /** Scores, and lists every pair, miss (system null) and spurious timex (gold null) into {@code pairs}. */
    public static TimexScore score(List<TimeMLDocument.GoldTimex> gold, List<Timex> system, List<Pair> pairs) {
        boolean[] used = new boolean[system.size()];
        int relaxed = 0;
        int strict = 0;
        int type = 0;
        int value = 0;
        for (TimeMLDocument.GoldTimex g : gold) {
            int best = -1;
            for (int i = 0; i < system.size(); i++) {
                Timex s = system.get(i);
                if (used[i] || s.span().start() >= g.end() || g.start() >= s.span().end()) {
                    continue;
                }
                if (best < 0 || exact(g, s)) {
                    best = i;
                }
            }
            if (best < 0) {
                pairs.add(new Pair(g, null));
                continue;
            }
            used[best] = true;
            Timex s = system.get(best);
            pairs.add(new Pair(g, s));
            relaxed++;
            strict += exact(g, s) ? 1 : 0;
            type += s.type().name().equals(g.type()) ? 1 : 0;
            value += s.value().equals(g.value()) ? 1 : 0;
        }
        for (int i = 0; i < system.size(); i++) {
            if (!used[i]) {
                pairs.add(new Pair(null, system.get(i)));
            }
        }
        return new TimexScore(system.size(), gold.size(), relaxed, strict, type, value);
    }

    private static boolean exact(TimeMLDocument.GoldTimex g, Timex s) {
        return g.start() == s.span().start() && g.end() == s.span().end();
    }
}
