package org.vigil.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.vigil.mention.TriggerLexicon;
import org.vigil.mention.TriggerMatch;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceStage;

/**
 * What the trigger lexicon finds in a text, as named features for the relevance model: {@code lex:TYPE},
 * {@code mode:MODE} and {@code trig:WORD} for each trigger, {@code lex:none} when there is none. The same
 * function serves training and judging, so a model sees at run time the features it was trained on.
 */
public final class RelevanceFeatures {
    private static final TriggerLexicon LEXICON = TriggerLexicon.load("/mention/triggers.tsv");

    private RelevanceFeatures() {
    }

    /** Features of one sentence. */
    public static List<String> of(Sentence s) {
        TreeSet<String> out = new TreeSet<>();
        for (TriggerMatch m : LEXICON.find(s.text(), relative(s))) {
            out.add("lex:" + m.trigger().type());
            m.trigger().modes().forEach(x -> out.add("mode:" + x));
            String word = s.text().substring(m.span().start(), m.span().end()).toLowerCase(Locale.ROOT);
            out.add("trig:" + word.split("\\s+")[0]);
        }
        if (out.isEmpty()) {
            out.add("lex:none");
        }
        return new ArrayList<>(out);
    }

    /** Features of a whole text: the union over its sentences. */
    public static List<String> of(List<Sentence> sentences) {
        return union(sentences.stream().map(RelevanceFeatures::of).toList());
    }

    /** The features of a whole text from those of its sentences. */
    public static List<String> union(List<List<String>> perSentence) {
        TreeSet<String> out = new TreeSet<>();
        perSentence.forEach(out::addAll);
        if (out.size() > 1) {
            out.remove("lex:none");
        }
        return new ArrayList<>(out);
    }

    /** Features of a text not yet split. */
    public static List<String> ofText(String text) {
        return of(SentenceStage.split(text));
    }

    private static List<org.vigil.model.Span> relative(Sentence s) {
        int base = s.span().start();
        return s.tokens().stream().map(t -> new org.vigil.model.Span(t.start() - base, t.end() - base)).toList();
    }
}
