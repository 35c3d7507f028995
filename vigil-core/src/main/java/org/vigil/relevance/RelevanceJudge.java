package org.vigil.relevance;

import java.util.List;
import org.vigil.text.Sentence;

/**
 * Decides whether a text reports, as news, a protest, repression, political violence or a restriction of rights
 * (what Vigil records), as against sports, business, entertainment, reviews, health, weather, ordinary crime or
 * ordinary politics. One judgement for the whole document and one per sentence.
 */
public interface RelevanceJudge {
    /**
     * @param text      the document's clean text
     * @param sentences its sentences (spans into {@code text})
     * @return the probabilities, document and per sentence, in sentence order
     */
    Relevance judge(String text, List<Sentence> sentences);

    /**
     * The same, where only the sentences {@code needed} accepts must be judged (those holding event mentions); a
     * judge may give the others the document's probability instead of judging them.
     */
    default Relevance judge(String text, List<Sentence> sentences, java.util.function.IntPredicate needed) {
        return judge(text, sentences);
    }
}
