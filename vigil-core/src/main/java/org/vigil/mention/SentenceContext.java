package org.vigil.mention;

import java.util.ArrayList;
import java.util.List;
import org.vigil.actor.ActorMention;
import org.vigil.geo.Toponym;
import org.vigil.model.Span;
import org.vigil.text.Sentence;
import org.vigil.time.TimeMention;

/** What one sentence holds of the document's annotations: its times, places and actors. */
record SentenceContext(Sentence sentence, List<TimeMention> times, List<Toponym> toponyms, List<ActorMention> actors) {

    static SentenceContext of(Sentence s, List<TimeMention> times, List<Toponym> toponyms, List<ActorMention> actors) {
        Span sp = s.span();
        return new SentenceContext(s,
                times.stream().filter(t -> sp.contains(t.span())).toList(),
                toponyms.stream().filter(t -> sp.contains(t.span())).toList(),
                actors.stream().filter(a -> sp.contains(a.span())).toList());
    }

    /** Index of the first token at or after the offset. */
    int tokenIndex(int offset) {
        List<Span> toks = sentence.tokens();
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() >= offset) {
                return i;
            }
        }
        return toks.size();
    }

    /** Up to n folded tokens just before the offset, nearest last. */
    List<String> wordsBefore(String text, int offset, int n) {
        int i = tokenIndex(offset);
        List<String> out = new ArrayList<>();
        for (int k = Math.max(0, i - n); k < i; k++) {
            Span t = sentence.tokens().get(k);
            out.add(org.vigil.text.Tokens.fold(text.substring(t.start(), t.end())));
        }
        return out;
    }
}
