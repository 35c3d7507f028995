package org.vigil.relevance;

import java.util.List;

/**
 * Probabilities (0..1) that a document, and each of its sentences, reports a protest, repression, political
 * violence or a restriction of rights as news.
 */
public record Relevance(double document, List<Double> sentences) {
    /**
     * Events below this confidence are hidden by default (page, API, exports; {@code min_confidence} changes it):
     * at 0.5 the shipped model's document relevance on the development split of the labelled real news balances
     * precision and recall (docs/BENCHMARKS.md).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    public Relevance {
        sentences = List.copyOf(sentences);
    }

    /**
     * The confidence of an event mention in sentence {@code index}: a weighted geometric mean of the document's
     * probability (weight 2/3: on the development split the document judgement is the surer one) and the
     * sentence's (1/3), so a protest sentence in a sports page stays low and a sports sentence in a protest report
     * falls below the report's other sentences.
     */
    public double mentionConfidence(int index) {
        double s = index >= 0 && index < sentences.size() ? sentences.get(index) : document;
        return Math.cbrt(document * document * s);
    }

    /**
     * The confidence of an act whose sentence counts it ("police arrested 14 protesters", "2,000 marched"): the
     * document's and the sentence's probabilities weigh alike, since a counted act is told as news of its own.
     */
    public double countedConfidence(int index) {
        double s = index >= 0 && index < sentences.size() ? sentences.get(index) : document;
        return Math.sqrt(document * s);
    }
}
