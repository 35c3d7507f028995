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
    private static final java.util.Set<String> BE = java.util.Set.of("was", "were", "been", "being", "is", "are", "be");
    /** Between a passive verb and its agent: "shot dead by", "arrested in Minsk on Sunday by". */
    private static final java.util.regex.Pattern BY_AGENT = java.util.regex.Pattern.compile("^[^,;.]{0,60}?\\bby\\s+(?:the\\s+)?$");

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

    /** "Two protesters were shot", "have been arrested", "were reportedly beaten": the subject suffers the act. */
    boolean passiveAt(TriggerMatch tm) {
        List<String> before = wordsBefore(tm.span().start(), 2);
        return before.stream().anyMatch(BE::contains);
    }

    /** The actors named by "by" after a passive trigger ("were shot dead by security forces"). */
    List<ActorMention> byAgents(TriggerMatch tm) {
        int base = sentence.span().start();
        return actors.stream().filter(a -> a.span().start() >= tm.span().end() && BY_AGENT.matcher(
                sentence.text().substring(tm.span().end() - base, a.span().start() - base)).find()).toList();
    }

    private List<String> wordsBefore(int offset, int n) {
        int i = tokenIndex(offset);
        int base = sentence.span().start();
        List<String> out = new ArrayList<>();
        for (int k = Math.max(0, i - n); k < i; k++) {
            Span t = sentence.tokens().get(k);
            out.add(org.vigil.text.Tokens.fold(sentence.text().substring(t.start() - base, t.end() - base)));
        }
        return out;
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
