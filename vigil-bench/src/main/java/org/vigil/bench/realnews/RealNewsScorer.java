package org.vigil.bench.realnews;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vigil.corpus.CorpusAnalyzer;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.model.Span;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/**
 * Scores the record Vigil makes of labelled real news against the labels, at a confidence threshold: document
 * relevance (a document is found relevant when it yields a news event at or above the threshold), events per
 * relevant document (all of them, and the news events with an ACLED sub-type: the kinds the labels list), ACLED
 * sub-type of each labelled news event (from the shown mention in its sentence), and
 * each labelled figure found with its value and with its claimant.
 */
public final class RealNewsScorer {
    /** The figures of one run. */
    public record Scores(int tp, int fp, int fn, double eventsPerRelevantDoc, double codableEventsPerRelevantDoc, int acledRight, int acledTotal,
                         double acledWeightedF1, int figuresRight, int figuresClaimantRight, int figuresTotal,
                         int killedExact, int killedTotal, List<String> figureMisses) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One labelled document as Vigil analysed it. */
    public record Analysed(RealNewsLabels.LabelledDocument gold, Analysis analysis) {
    }

    private RealNewsScorer() {
    }

    public static List<Analysed> analyse(Pipeline pipeline, List<RealNewsLabels.LabelledDocument> docs) throws StageException {
        List<Analysed> out = new ArrayList<>();
        for (RealNewsLabels.LabelledDocument d : docs) {
            out.add(new Analysed(d, analyse(pipeline, d.id(), d.text(), d.published())));
        }
        return out;
    }

    /** One text through the per-document pipeline, with no publisher and no date. */
    public static Analysis analyse(Pipeline pipeline, String id, String text) throws StageException {
        return analyse(pipeline, id, text, null);
    }

    /** One text through the per-document pipeline, published on that day (null: unknown). */
    public static Analysis analyse(Pipeline pipeline, String id, String text, java.time.LocalDate published) throws StageException {
        Document doc = new Document(id, id, id, null, published == null ? null : org.vigil.model.DateRange.day(published, null),
                Instant.EPOCH, text, null, null);
        AnnotatedDocument ad = pipeline.run(new AnnotatedDocument(doc));
        return new Analysis(ad.document(), ad.get(Keys.MENTIONS), ad.get(Keys.CLAIMS));
    }

    public static Scores score(List<Analysed> docs, CorpusAnalyzer corpus, double threshold) {
        int tp = 0, fp = 0, fn = 0, relevantDocs = 0, relevantEvents = 0, codableEvents = 0;
        LabelCounts acled = new LabelCounts();
        int[] fig = new int[5];
        List<String> misses = new ArrayList<>();
        for (Analysed a : docs) {
            List<Mention> shown = a.analysis().mentions().stream()
                    .filter(m -> !m.historical() && m.confidence() >= threshold).toList();
            boolean found = !shown.isEmpty();
            tp += found && a.gold().relevant() ? 1 : 0;
            fp += found && !a.gold().relevant() ? 1 : 0;
            fn += !found && a.gold().relevant() ? 1 : 0;
            if (a.gold().relevant()) {
                relevantDocs++;
                List<org.vigil.model.Event> events = events(a.analysis(), shown, corpus);
                relevantEvents += events.size();
                codableEvents += (int) events.stream().filter(e -> !e.future() && e.acledSubEventType() != null).count();
                scoreEvents(a, shown, acled, fig, misses);
            }
        }
        return new Scores(tp, fp, fn, relevantDocs == 0 ? 0 : (double) relevantEvents / relevantDocs,
                relevantDocs == 0 ? 0 : (double) codableEvents / relevantDocs, acled.right(),
                acled.total(), acled.weightedF1(), fig[0], fig[1], fig[2], fig[3], fig[4], misses);
    }

    /** The events one document makes of its shown mentions (and their claims) alone. */
    static List<org.vigil.model.Event> events(Analysis a, List<Mention> shown, CorpusAnalyzer corpus) {
        Analysis only = new Analysis(a.document(), shown, a.claims().stream()
                .filter(c -> shown.stream().anyMatch(m -> m.id().equals(c.mentionId()))).toList());
        return corpus.analyze(List.of(only)).events();
    }

    private static void scoreEvents(Analysed a, List<Mention> shown, LabelCounts acled, int[] fig, List<String> misses) {
        String clean = a.analysis().document().cleanText() != null ? a.analysis().document().cleanText() : a.gold().text();
        for (RealNewsLabels.LabelledEvent e : a.gold().events()) {
            if (!"news".equals(e.timeframe())) {
                continue;
            }
            Span quote = find(clean, e.quote().text());
            if (e.acled() != null) {
                String got = quote == null ? null : shown.stream().filter(m -> m.sentence().overlaps(quote))
                        .map(Mention::acledSubEventType).filter(x -> x != null).findFirst().orElse(null);
                acled.add(e.acled(), got == null ? "(none)" : got);
                if (got == null) {
                    misses.add("event " + e.acled() + " in '" + e.quote().text() + "'; Vigil: " + (quote == null ? "quote not found"
                            : shown.stream().filter(m -> m.sentence().overlaps(quote)).map(m -> m.type() + " '" + m.trigger() + "'").toList()));
                }
            }
            for (RealNewsLabels.Figure f : e.figures()) {
                scoreFigure(a.analysis().claims(), clean, f, fig, misses);
            }
        }
    }

    private static void scoreFigure(List<Claim> claims, String clean, RealNewsLabels.Figure f, int[] fig, List<String> misses) {
        if ("other".equals(f.kind())) {
            return;
        }
        fig[2]++;
        boolean killed = "killed".equals(f.kind());
        fig[4] += killed ? 1 : 0;
        Span at = find(clean, f.quote().text());
        String kind = "crowd".equals(f.kind()) ? "participants" : f.kind();
        Claim c = at == null ? null : claims.stream().filter(x -> x.kind().label().equals(kind)
                && x.quoteSpan().overlaps(at) && sameFigure(x, f)).findFirst().orElse(null);
        if (c == null) {
            misses.add(f.kind() + " " + f.low() + ".." + f.high() + " in '" + f.quote().text() + "'; Vigil: "
                    + claims.stream().filter(x -> at != null && x.quoteSpan().overlaps(at))
                    .map(x -> x.kind().label() + " " + x.low() + ".." + x.high()).toList());
            return;
        }
        fig[0]++;
        fig[3] += killed ? 1 : 0;
        fig[1] += claimantMatches(c, f) ? 1 : 0;
        if (!claimantMatches(c, f)) {
            misses.add("claimant of " + f.kind() + " " + f.low() + ".." + f.high() + " in '" + f.quote().text() + "': "
                    + (f.claimant() == null ? "the reporter" : "'" + f.claimant().text() + "'") + "; Vigil: '" + c.claimant()
                    + "'" + (c.claimantVia() == null ? "" : " via '" + c.claimantVia() + "'"));
        }
    }

    /**
     * The labels write a hedged figure as its number ("more than 100": 100, hedged); Vigil writes the range its
     * conventions give ("more than 100": 101.., "about 200": 180..220, "nearly 5,000": 4,500..4,999). A hedged
     * label is read right when Vigil's range reaches the number or its neighbour; an unhedged one only when
     * Vigil's range is exactly the label's.
     */
    static boolean sameFigure(Claim x, RealNewsLabels.Figure f) {
        long lo = x.low() == null ? 0 : x.low();
        long hi = x.high() == null ? Long.MAX_VALUE : x.high();
        if (!f.hedge()) {
            return lo == f.low() && hi == f.high();
        }
        return lo <= f.high() + 1 && f.low() - 1 <= hi;
    }

    /**
     * The labelled claimant and Vigil's name the same source (the reporter: Vigil names the publisher; reports that
     * name nobody: Vigil's "unnamed reports").
     */
    static boolean claimantMatches(Claim c, RealNewsLabels.Figure f) {
        if (f.claimant() == null) {
            return c.claimant().equals(c.documentId());
        }
        String gold = f.claimant().text().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        String got = c.claimant().toLowerCase(Locale.ROOT).replaceFirst("^the ", "");
        if (got.equals("unnamed reports")) {
            // the labels write an unnamed source as its phrase ("some reports", "American reports"): Vigil's name for them
            return gold.matches("(?:\\p{L}+ )?reports?");
        }
        return got.contains(gold) || gold.contains(got);
    }

    private static Span find(String text, String quote) {
        int at = text.indexOf(quote);
        return at < 0 ? null : new Span(at, at + quote.length());
    }

    /** Gold and predicted labels, for accuracy and support-weighted F1. */
    static final class LabelCounts {
        private final List<String> gold = new ArrayList<>();
        private final List<String> got = new ArrayList<>();
        private final List<String> examples = new ArrayList<>();

        void add(String g, String o) {
            add(g, o, null);
        }

        /** One labelled event, with what was read in its sentence (listed by {@link #wrongExamples}). */
        void add(String g, String o, String example) {
            gold.add(g);
            got.add(o);
            examples.add(example);
        }

        /** The wrong answers one by one, "gold -> got: example", grouped by confusion. */
        List<String> wrongExamples() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (!gold.get(i).equals(got.get(i)) && examples.get(i) != null) {
                    out.add(gold.get(i) + " -> " + got.get(i) + ": " + examples.get(i));
                }
            }
            out.sort(null);
            return out;
        }

        int right() {
            int n = 0;
            for (int i = 0; i < gold.size(); i++) {
                n += gold.get(i).equals(got.get(i)) ? 1 : 0;
            }
            return n;
        }

        int total() {
            return gold.size();
        }

        /** How many were given {@code label}. */
        int count(String label) {
            return (int) got.stream().filter(label::equals).count();
        }

        double weightedF1() {
            return gold.isEmpty() ? 0 : org.vigil.train.TextModelTrainer.weightedF1(gold, got);
        }

        /** The wrong answers as "gold -> got" with their counts, most frequent first. */
        List<String> confusions() {
            java.util.Map<String, Integer> n = new java.util.TreeMap<>();
            for (int i = 0; i < gold.size(); i++) {
                if (!gold.get(i).equals(got.get(i))) {
                    n.merge(gold.get(i) + " -> " + got.get(i), 1, Integer::sum);
                }
            }
            return n.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                    .map(e -> e.getValue() + "  " + e.getKey()).toList();
        }
    }
}
