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
     * The confidence of an event mention in sentence {@code index}: the geometric mean of the document's and the
     * sentence's probabilities, so a protest sentence in a sports page and a sports sentence in a protest report
     * both fall below a document that is about protest throughout.
     */
    public double mentionConfidence(int index) {
        double s = index >= 0 && index < sentences.size() ? sentences.get(index) : document;
        return Math.sqrt(document * s);
    }
}
