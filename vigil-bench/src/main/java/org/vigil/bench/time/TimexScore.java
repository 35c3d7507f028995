package org.vigil.bench.time;

/**
 * TempEval-3 Task A counts: system and gold TIMEX3s, one-to-one overlapping pairs (relaxed), pairs with the
 * same extent (strict), and pairs that agree on type and on value. P = matches / system, R = matches / gold.
 */
public record TimexScore(int system, int gold, int relaxed, int strict, int typeMatches, int valueMatches) {
    public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

    public TimexScore plus(TimexScore o) {
        return new TimexScore(system + o.system, gold + o.gold, relaxed + o.relaxed, strict + o.strict,
                typeMatches + o.typeMatches, valueMatches + o.valueMatches);
    }

    public double strictP() {
        return ratio(strict, system);
    }

    public double strictR() {
        return ratio(strict, gold);
    }

    public double strictF1() {
        return f1(strict);
    }

    public double relaxedP() {
        return ratio(relaxed, system);
    }

    public double relaxedR() {
        return ratio(relaxed, gold);
    }

    public double relaxedF1() {
        return f1(relaxed);
    }

    /** Value F1 as TempEval-3 defines it: value matches over system (P) and over gold (R). */
    public double valueF1() {
        return f1(valueMatches);
    }

    public double typeF1() {
        return f1(typeMatches);
    }

    /** Share of relaxed matches whose type agrees. */
    public double typeAccuracy() {
        return ratio(typeMatches, relaxed);
    }

    public double valueAccuracy() {
        return ratio(valueMatches, relaxed);
    }

    private double f1(int matches) {
        double p = ratio(matches, system);
        double r = ratio(matches, gold);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
