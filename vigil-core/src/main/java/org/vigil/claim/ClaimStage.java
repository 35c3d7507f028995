package org.vigil.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.vigil.actor.ActorMention;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Key;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Stage;
import org.vigil.text.Sentence;

/**
 * Finds figures (killed, injured, arrested, detained, disappeared, participants) as claims: the range, the
 * claimant and who relays it, the hedge, the exact quote, and the mention of the event the figure describes
 * (in its sentence, or, for a figure inside a statement, the nearest event of a fitting type in the document).
 */
public final class ClaimStage implements Stage {
    private final QuantityParser quantities = new QuantityParser();
    private final PersianClaimReader persian = new PersianClaimReader();
    private final boolean keepUnattached;

    /** Claims only for figures that describe a mention (what the store and the corpus step need). */
    public ClaimStage() {
        this(false);
    }

    /**
     * @param keepUnattached also keep a figure whose text tells of no fitting event, with no mention id (for
     *                       typing a lone text, where the figure stands on its own)
     */
    public ClaimStage(boolean keepUnattached) {
        this.keepUnattached = keepUnattached;
    }

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public Set<Key<?>> requires() {
        return Set.of(Keys.SENTENCES, Keys.TIMES, Keys.ACTORS, Keys.MENTIONS);
    }

    @Override
    public Set<Key<?>> provides() {
        return Set.of(Keys.CLAIMS);
    }

    @Override
    public void process(AnnotatedDocument doc) {
        String language = org.vigil.language.Languages.of(doc.document());
        if (!org.vigil.language.Languages.ENGLISH.equals(language)) {
            // Persian figures have their own reader; a language Vigil does not read gets no claims.
            doc.put(Keys.CLAIMS, org.vigil.language.Languages.PERSIAN.equals(language)
                    ? persian.claims(doc, keepUnattached) : List.of());
            return;
        }
        String text = doc.text();
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        List<ActorMention> actors = doc.get(Keys.ACTORS);
        List<org.vigil.time.TimeMention> times = doc.get(Keys.TIMES);
        List<Claim> out = new ArrayList<>();
        Paragraph paragraph = new Paragraph();
        for (Sentence s : doc.get(Keys.SENTENCES)) {
            List<Quantity> found = quantities.find(text, s.span().start(), s.span().end());
            paragraph.enter(text, s);
            KindFinder.Found previous = null;
            for (int i = 0; i < found.size(); i++) {
                Quantity q = found.get(i);
                KindFinder.Found k = KindFinder.kind(text, s.tokens(), q);
                if (k == null && i + 1 < found.size() && QuantityParser.joinedByAnd(text, q, found.get(i + 1))) {
                    k = KindFinder.kind(text, s.tokens(), found.get(i + 1)); // "three soldiers and a civilian were killed"
                }
                if (k == null && i > 0 && previous != null && QuantityParser.elliptical(text, found.get(i - 1), q)) {
                    k = previous; // "killed 247 people in Kenya and 10 in Tanzania"
                }
                previous = k;
                Span anaphor = k == null && paragraph.kind != null ? KindFinder.anaphor(text, s.tokens(), q) : null;
                if (anaphor != null) {
                    k = new KindFinder.Found(paragraph.kind.kind(), anaphor); // "the organisers put it at 25,000"
                }
                paragraph.kind = k != null ? k : paragraph.kind;
                if (k == null || times.stream().anyMatch(t -> t.span().overlaps(q.span())) || notOnePerson(q, k, found)) {
                    continue;
                }
                Mention target = anaphor != null && paragraph.target != null ? paragraph.target : target(mentions, s, k.kind(), q.span());
                paragraph.target = target;
                if (target != null || keepUnattached) {
                    Claim c = claim(text, doc.document(), s, q, k, actors, target);
                    String denied = Denial.deniedSource(text, s, q.span());
                    out.add(denied == null ? c : Denial.asReported(c, denied));
                    if (denied != null) {
                        out.add(Denial.denial(c));
                    }
                }
            }
        }
        doc.put(Keys.CLAIMS, out);
    }

    /** The last figure of the paragraph, which "the figure", "it", "the number" refer back to across sentences. */
    private static final class Paragraph {
        private KindFinder.Found kind;
        private Mention target;
        private int lastEnd;

        void enter(String text, Sentence s) {
            if (text.substring(Math.min(lastEnd, s.span().start()), s.span().start()).indexOf('\n') >= 0) {
                kind = null;
                target = null;
            }
            lastEnd = s.span().end();
        }
    }

    /** "A protester said five were killed": one person counts only what is done to them, with no other figure between. */
    private static boolean notOnePerson(Quantity q, KindFinder.Found k, List<Quantity> all) {
        if (!QuantityParser.isOnePerson(q)) {
            return false;
        }
        if (k.word().start() > q.span().start() && k.word().end() <= q.span().end()) {
            return k.kind() == ClaimKind.PARTICIPANTS; // "a murdered policeman": the state is said inside the count
        }
        return k.kind() == ClaimKind.PARTICIPANTS || k.word().start() < q.span().end()
                || all.stream().anyMatch(o -> o != q && o.span().start() >= q.span().end() && o.span().start() < k.word().start());
    }

    private static Claim claim(String text, Document d, Sentence s, Quantity q, KindFinder.Found k,
                               List<ActorMention> actors, Mention target) {
        String publisher = d.publisher() != null ? d.publisher()
                : "the outlet of " + java.nio.file.Path.of(d.source()).getFileName();
        String claimant = Attribution.claimant(text, s, q.span(), actors);
        String via = claimant == null || d.publisher() == null ? null : d.publisher();
        String hedge = join(Attribution.hedge(text, s, q.span()), q.hedge());
        if (ReportedSpeech.UNNAMED_REPORTS.equals(claimant) && hedge == null) {
            hedge = "reported"; // unnamed reports: the outlet relays what it has not stood behind
        }
        Span quote = quoteSpan(text, s, q.span(), k.word());
        return new Claim(k.kind(), q.low(), q.high(), claimant == null ? publisher : claimant, via, hedge, d.id(),
                text.substring(quote.start(), quote.end()), quote, target == null ? null : target.id());
    }

    /** The clause holding the figure and the word that says what it counts. */
    private static Span quoteSpan(String text, Sentence s, Span figure, Span word) {
        int from = Math.min(figure.start(), word.start());
        int to = Math.max(figure.end(), word.end());
        int start = from;
        while (start > s.span().start() && !clauseBreak(text, start - 1, ",;:“”\"()")) {
            start--;
        }
        int end = to;
        while (end < s.span().end() && !clauseBreak(text, end, ",;:“”\"().")) {
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return new Span(start, end);
    }

    /** A clause ends at punctuation, but not at the separator inside a number ("1.400", "30,000"). */
    private static boolean clauseBreak(String text, int i, String marks) {
        char c = text.charAt(i);
        if ((c == '.' || c == ',') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        return marks.indexOf(c) >= 0;
    }

    /** The mention the figure describes: a fitting one in its sentence, else the nearest fitting one in the document. */
    static Mention target(List<Mention> mentions, Sentence s, ClaimKind kind, Span figure) {
        Set<PloverType> fits = fitting(kind);
        List<Mention> inSentence = mentions.stream().filter(m -> m.sentence().equals(s.span())).toList();
        return inSentence.stream().filter(m -> fits.contains(m.type()) && !m.negated())
                .min(Comparator.comparingInt((Mention m) -> fitness(kind, m)))
                .orElseGet(() -> mentions.stream()
                        .filter(m -> fits.contains(m.type()) && !m.negated() && !m.future())
                        .filter(m -> inSentence.stream().allMatch(x -> x.historical() == m.historical()))
                        .min(Comparator.comparingInt(m -> Math.abs(m.sentence().start() - figure.start())))
                        .orElse(inSentence.isEmpty() ? null : inSentence.get(0)));
    }

    /** 0 for the act the figure counts ("22 were arrested": the arrest, not the tear gas beside it), else 1. */
    private static int fitness(ClaimKind kind, Mention m) {
        boolean exact = switch (kind) {
            case ARRESTED, DETAINED -> m.type() == PloverType.COERCE && m.modes().contains("arrest");
            case DISAPPEARED -> m.modes().contains("abduct");
            case KILLED, INJURED -> m.type() == PloverType.ASSAULT;
            case PARTICIPANTS -> m.type() == PloverType.PROTEST;
        };
        return exact ? 0 : 1;
    }

    private static Set<PloverType> fitting(ClaimKind kind) {
        return switch (kind) {
            case KILLED, INJURED -> Set.of(PloverType.ASSAULT);
            case ARRESTED, DETAINED, DISAPPEARED -> Set.of(PloverType.COERCE, PloverType.ASSAULT);
            case PARTICIPANTS -> Set.of(PloverType.PROTEST);
        };
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }
}
