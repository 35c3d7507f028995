package org.vigil.bench.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.vigil.claim.QuantityParser;
import org.vigil.classify.ClaimSummary;
import org.vigil.classify.TextClassifier;

/**
 * Scores the claims of {@code vigil classify} against the suite, field by field. Each field is a set of facts per
 * sentence, matched one to one: {@code claim} (a figure of that kind), {@code range} (kind with low and high),
 * {@code claimant} (kind with a named claimant; names match when one contains the other, articles aside),
 * {@code hedge} (kind of a hedged figure; bounds such as "at least" are the range's, not hedges) and
 * {@code all} (every field right). Precision = matched / predicted, recall = matched / expected.
 */
public final class ClaimsBench {
    public static final List<String> FIELDS = List.of("claim", "range", "claimant", "hedge", "all");

    /** Matched, predicted and expected counts per field, and the figures read from each item, in item order. */
    public record Result(Map<String, int[]> counts, int sentences, List<List<ClaimSummary>> predictions) {
        public double precision(String f) {
            int[] c = counts.get(f);
            return c[1] == 0 ? 0 : (double) c[0] / c[1];
        }

        public double recall(String f) {
            int[] c = counts.get(f);
            return c[2] == 0 ? 0 : (double) c[0] / c[2];
        }

        public double f1(String f) {
            double p = precision(f);
            double r = recall(f);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private ClaimsBench() {
    }

    public static Result score(List<ClaimsSuite.Item> items, TextClassifier classifier) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        FIELDS.forEach(f -> counts.put(f, new int[3]));
        List<List<ClaimSummary>> predictions = new java.util.ArrayList<>();
        for (ClaimsSuite.Item item : items) {
            List<ClaimSummary> pred = classifier.classify("s" + item.line(), item.text(), null).claims();
            predictions.add(pred);
            add(counts.get("claim"), item.claims(), pred, (g, p) -> g.kind().equals(p.kind()));
            add(counts.get("range"), item.claims(), pred, ClaimsBench::sameRange);
            add(counts.get("claimant"), item.claims().stream().filter(g -> g.claimant() != null).toList(),
                    pred.stream().filter(p -> p.claimant() != null).toList(), ClaimsBench::sameClaimant);
            add(counts.get("hedge"), item.claims().stream().filter(ClaimsSuite.Gold::hedged).toList(),
                    pred.stream().filter(ClaimsBench::hedged).toList(), (g, p) -> g.kind().equals(p.kind()));
            add(counts.get("all"), item.claims(), pred, ClaimsBench::allFieldsRight);
        }
        return new Result(counts, items.size(), predictions);
    }

    /** True when every figure of the item was read with its range, claimant and hedge, and nothing else. */
    public static boolean allRight(ClaimsSuite.Item item, List<ClaimSummary> pred) {
        int[] c = new int[3];
        add(c, item.claims(), pred, ClaimsBench::allFieldsRight);
        return c[0] == c[1] && c[0] == c[2];
    }

    private static boolean allFieldsRight(ClaimsSuite.Gold g, ClaimSummary p) {
        return sameRange(g, p) && (g.claimant() == null ? p.claimant() == null : p.claimant() != null && sameClaimant(g, p))
                && g.hedged() == hedged(p);
    }

    private static void add(int[] c, List<ClaimsSuite.Gold> gold, List<ClaimSummary> pred,
                            BiPredicate<ClaimsSuite.Gold, ClaimSummary> match) {
        List<ClaimSummary> left = new ArrayList<>(pred);
        for (ClaimsSuite.Gold g : gold) {
            for (int i = 0; i < left.size(); i++) {
                if (match.test(g, left.get(i))) {
                    c[0]++;
                    left.remove(i);
                    break;
                }
            }
        }
        c[1] += pred.size();
        c[2] += gold.size();
    }

    private static boolean sameRange(ClaimsSuite.Gold g, ClaimSummary p) {
        return g.kind().equals(p.kind()) && Objects.equals(g.low(), p.low()) && Objects.equals(g.high(), p.high());
    }

    static boolean sameClaimant(ClaimsSuite.Gold g, ClaimSummary p) {
        String a = norm(g.claimant());
        String b = norm(p.claimant());
        return g.kind().equals(p.kind()) && !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    static boolean hedged(ClaimSummary p) {
        if (p.hedge() == null) {
            return false;
        }
        for (String h : p.hedge().split(",\\s*")) {
            if (!QuantityParser.isBound(h)) {
                return true;
            }
        }
        return false;
    }

    private static String norm(String s) {
        String t = s.toLowerCase(Locale.ROOT).trim().replaceAll("^(the|a|an)\\s+", "").replaceAll("'s$", "");
        return t.replaceAll("\\s+", " ");
    }
}
