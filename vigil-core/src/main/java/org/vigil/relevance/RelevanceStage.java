package org.vigil.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.vigil.model.Mention;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;
import org.vigil.text.Sentence;

/**
 * Judges the document and each sentence ({@link RelevanceJudge}) and gives every mention its confidence
 * ({@link Relevance#mentionConfidence}; a statement takes its document's). Mentions are kept whatever their confidence: what is shown is the
 * reader's filter ({@code min_confidence}), so nothing the judge doubts is lost.
 */
public final class RelevanceStage implements Stage {
    private final RelevanceJudge judge;
    /** Persian reports: the shipped model learned English words, so cue words judge them. */
    private final RelevanceJudge persian = new PersianCueJudge();

    public RelevanceStage(RelevanceJudge judge) {
        this.judge = judge;
    }

    @Override
    public String name() {
        return "relevance";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES, Keys.MENTIONS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.RELEVANCE);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        List<Sentence> sentences = doc.get(Keys.SENTENCES);
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        int[] sentenceOf = new int[mentions.size()];
        java.util.BitSet needed = new java.util.BitSet(sentences.size());
        for (int i = 0; i < mentions.size(); i++) {
            sentenceOf[i] = isStatement(mentions.get(i)) ? -1 : sentenceOf(sentences, mentions.get(i));
            if (sentenceOf[i] >= 0) {
                needed.set(sentenceOf[i]);
            }
        }
        boolean fa = org.vigil.language.Languages.PERSIAN.equals(org.vigil.language.Languages.of(doc.document()));
        Relevance r = (fa ? persian : judge).judge(doc.text(), sentences, needed::get);
        doc.put(Keys.RELEVANCE, r);
        double[] own = new double[mentions.size()];
        double bestAct = 0;
        // the half-and-half weighting of a counted act was chosen for the learned English judge on the dev split;
        // the Persian cue judge's sentence scores are cue words, not evidence enough to weigh as much as the report
        java.util.Set<String> counted = doc.has(Keys.CLAIMS) && !fa ? doc.get(Keys.CLAIMS).stream()
                .map(org.vigil.model.Claim::mentionId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()) : java.util.Set.of();
        for (int i = 0; i < mentions.size(); i++) {
            if (!isStatement(mentions.get(i))) {
                own[i] = counted.contains(mentions.get(i).id()) ? r.countedConfidence(sentenceOf[i]) : r.mentionConfidence(sentenceOf[i]);
                bestAct = mentions.get(i).historical() ? bestAct : Math.max(bestAct, own[i]);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            // A statement (a call, an accusation, a denial) is about what its report is about; its own sentence
            // often only points back ("the killings"), so the report's judgement is its confidence -- but no more
            // than the report's surest act: statements alone (talks, signings, appeals) are diplomacy, not news
            // of protest or repression.
            double c = isStatement(mentions.get(i)) ? Math.min(r.document(), bestAct) : own[i];
            out.add(mentions.get(i).withConfidence(round(c)));
        }
        doc.put(Keys.MENTIONS, out);
    }

    private static boolean isStatement(Mention m) {
        return m.type() != null && m.type().verbal();
    }

    /** Three decimals: the record is the same on every machine and reads well. */
    static double round(double p) {
        return Math.round(p * 1000) / 1000.0;
    }

    private static int sentenceOf(List<Sentence> sentences, Mention m) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).span().overlaps(m.sentence()) || sentences.get(i).span().equals(m.sentence())) {
                return i;
            }
        }
        return -1;
    }
}
