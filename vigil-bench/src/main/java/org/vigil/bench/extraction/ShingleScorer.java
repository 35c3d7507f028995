package org.vigil.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric, as its README and evaluation define it: the article body is cut
 * into {@code \w+} tokens and those into 4-gram shingles (a text shorter than four tokens is one shingle);
 * per page, shingle counts give TP/FP/FN, normalised to sum to one so long pages weigh no more than short ones;
 * precision is the mean of the pages' precisions (pages with TP+FP > 0, so an empty output counts only against
 * recall), recall the mean of their recalls (pages with TP+FN > 0), F1 the harmonic mean of the two means;
 * a page with no FP and no FN scores 1. The ± figures are standard deviations over bootstrap resamples of the
 * pages. Accuracy: share of pages whose token sequence equals the truth's.
 */
public final class ShingleScorer {
    /** Python's {@code \w} (the reference scorer's): letters, numbers, underscore; combining marks split words. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int N = 4;

    /** Normalised TP/FP/FN of one page and whether its tokens match exactly. */
    public record PageScore(double tp, double fp, double fn, boolean exact) {
    }

    /** Mean precision, recall, F1 and accuracy, each with its bootstrap standard deviation. */
    public record Score(double precision, double precisionStd, double recall, double recallStd, double f1, double f1Std,
                        double accuracy, double accuracyStd, double microP, double microR, double microF1) {
    }

    private ShingleScorer() {
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }

    /** Raw (not normalised) TP, FP, FN of a page. */
    static long[] counts(String truth, String predicted) {
        Map<List<String>, Integer> t = shingles(tokens(truth));
        Map<List<String>, Integer> p = shingles(tokens(predicted));
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : t.entrySet()) {
            int pc = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), pc);
            fn += Math.max(0, e.getValue() - pc);
        }
        for (var e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        return new long[] {tp, fp, fn};
    }

    public static PageScore page(String truth, String predicted) {
        long[] c = counts(truth, predicted);
        double s = c[0] + c[1] + c[2];
        double k = s > 0 ? 1 / s : 1;
        return new PageScore(c[0] * k, c[1] * k, c[2] * k, tokens(truth).equals(tokens(predicted)));
    }

    /** Scores predictions (id to text; a missing id is an empty prediction) against the truth. */
    public static Score score(Map<String, String> truth, Map<String, String> predicted, int bootstrap, long seed) {
        List<PageScore> pages = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (var e : truth.entrySet()) {
            String p = predicted.getOrDefault(e.getKey(), "");
            pages.add(page(e.getValue(), p));
            long[] c = counts(e.getValue(), p);
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        double[] point = metrics(pages);
        double[][] samples = new double[4][bootstrap];
        Random r = new Random(seed);
        for (int b = 0; b < bootstrap; b++) {
            List<PageScore> sample = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) {
                sample.add(pages.get(r.nextInt(pages.size())));
            }
            double[] m = metrics(sample);
            for (int k = 0; k < 4; k++) {
                samples[k][b] = m[k];
            }
        }
        double mp = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double mr = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Score(point[0], std(samples[0]), point[1], std(samples[1]), point[2], std(samples[2]),
                point[3], std(samples[3]), mp, mr, mp + mr == 0 ? 0 : 2 * mp * mr / (mp + mr));
    }

    /** Precision, recall, F1, accuracy of a list of pages. */
    static double[] metrics(List<PageScore> pages) {
        double ps = 0;
        int pn = 0;
        double rs = 0;
        int rn = 0;
        int exact = 0;
        for (PageScore s : pages) {
            boolean perfect = s.fp() == 0 && s.fn() == 0;
            if (s.tp() + s.fp() > 0) {
                ps += perfect ? 1 : s.tp() / (s.tp() + s.fp());
                pn++;
            }
            if (s.tp() + s.fn() > 0) {
                rs += perfect ? 1 : s.tp() / (s.tp() + s.fn());
                rn++;
            }
            exact += s.exact() ? 1 : 0;
        }
        double p = pn == 0 ? 0 : ps / pn;
        double r = rn == 0 ? 0 : rs / rn;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), pages.isEmpty() ? 0 : (double) exact / pages.size()};
    }

    private static double std(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
