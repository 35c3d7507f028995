package org.vigil.bench.realnews;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigil.bench.events.MassMobilization;
import org.vigil.bench.events.PloverTraining;
import org.vigil.classify.LinearModel;
import org.vigil.classify.LogisticTrainer;
import org.vigil.mention.AcledCoder;
import org.vigil.model.Analysis;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.model.Span;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;
import org.vigil.typing.SubEventFeatures;
import org.vigil.typing.SubEventTyper;

/**
 * The examples of the shipped sub-event type model, all real text written by others, each a mention the lexicon
 * coded, in its sentence, with the code it should have:
 * <ul>
 * <li>the development split of the project's labelled real news: every coded mention in the sentence of a
 *     labelled event gets that event's ACLED sub-type;</li>
 * <li>one Mass Mobilization note in {@value #MM_EVERY} from before 2015, as weak labels: protester violence:
 *     Violent demonstration; killings, shootings or beatings: Excessive force against protesters; arrests or
 *     crowd dispersal: Protest with intervention; else Peaceful protest;</li>
 * <li>the PETRARCH validation records, their CAMEO code read as a sub-type ({@code events/cameo-acled.tsv}),
 *     those overlapping the PLOVER gold records left out;</li>
 * <li>the project's labelled sentences of development documents ({@link SentenceLabels}), each read alone:
 *     every coded mention in a sentence labelled with a sub-type gets it.</li>
 * </ul>
 * The test split of the labels is never read here.
 */
public final class SubEventTraining {
    static final int MM_EVERY = 4;
    private static final Set<PloverType> MM_TYPES = Set.of(PloverType.PROTEST, PloverType.ASSAULT, PloverType.COERCE);

    /** One coded mention in its context: what the typer sees. */
    public record Site(String sentence, Mention mention, List<Mention> sameSentence, boolean protestInDocument) {
        String typed(SubEventTyper typer) {
            return typer.subEventType(sentence, mention, sameSentence, protestInDocument);
        }
    }

    /** A site and the sub-type it should get. */
    public record Sample(Site site, String label) {
        LogisticTrainer.Example example() {
            return new LogisticTrainer.Example(site.sentence(), Set.of(label),
                    SubEventFeatures.of(site.mention(), site.sameSentence(), site.protestInDocument()));
        }
    }

    private SubEventTraining() {
    }

    public static LinearModel train(List<Sample> samples, LogisticTrainer.Config config) {
        List<String> labels = AcledCoder.subEventTypes();
        return new LogisticTrainer(config).train(samples.stream().map(Sample::example).toList(), labels,
                new float[labels.size()]);
    }

    /** Every mention of an analysed text that the lexicon coded, in reading order. */
    public static List<Site> sites(Analysis a) {
        String text = a.document().cleanText() != null ? a.document().cleanText() : a.document().rawText();
        List<Mention> all = a.mentions();
        boolean protest = all.stream().anyMatch(m -> m.type() == PloverType.PROTEST && !m.negated());
        List<Site> out = new ArrayList<>();
        for (Mention m : all) {
            if (m.acledSubEventType() != null) {
                List<Mention> same = all.stream().filter(x -> x.sentence().equals(m.sentence())).toList();
                String s = text.substring(m.sentence().start(), Math.min(text.length(), m.sentence().end()));
                out.add(new Site(s, m, same, protest));
            }
        }
        return out;
    }

    /** The sites in the sentence of each labelled event of the given (development) documents. */
    public static List<Sample> fromLabels(List<RealNewsScorer.Analysed> docs) {
        List<Sample> out = new ArrayList<>();
        for (RealNewsScorer.Analysed a : docs) {
            if (a.gold().test()) {
                throw new IllegalArgumentException("a test document among the training documents: " + a.gold().id());
            }
            List<Site> sites = sites(a.analysis());
            String text = a.analysis().document().cleanText();
            for (RealNewsLabels.LabelledEvent e : a.gold().events()) {
                Span q = quote(text, e);
                if (e.acled() != null && q != null) {
                    sites.stream().filter(s -> s.mention().sentence().overlaps(q)).forEach(s -> out.add(new Sample(s, e.acled())));
                }
            }
        }
        return out;
    }

    static Span quote(String text, RealNewsLabels.LabelledEvent e) {
        int at = text == null ? -1 : text.indexOf(e.quote().text());
        return at < 0 ? null : new Span(at, at + e.quote().text().length());
    }

    /** A sample drawn from a labelled sentence, with the document it was cut from (to keep CV folds apart). */
    public record SentenceSample(String doc, Sample sample) {
    }

    /** The sites of each labelled sentence with a sub-type, the sentence read alone. */
    public static List<SentenceSample> fromSentences(Pipeline pipeline, List<SentenceLabels.LabelledSentence> sentences)
            throws StageException {
        List<SentenceSample> out = new ArrayList<>();
        int n = 0;
        for (SentenceLabels.LabelledSentence x : sentences) {
            n++;
            if (x.acled() == null || !"news".equals(x.timeframe())) {
                continue;
            }
            for (Site s : sites(RealNewsScorer.analyse(pipeline, "sentence:" + n, x.text()))) {
                out.add(new SentenceSample(x.doc(), new Sample(s, x.acled())));
            }
        }
        return out;
    }

    /** Weak labels from Mass Mobilization notes before 2015. */
    public static List<Sample> fromMassMobilization(Pipeline pipeline, Path bench) throws IOException, StageException {
        List<Sample> out = new ArrayList<>();
        int k = 0;
        for (MassMobilization m : MassMobilization.read(bench.resolve("events/mass-mobilization"))) {
            if (m.year() >= MassMobilization.FIRST_TEST_YEAR || k++ % MM_EVERY != 0) {
                continue;
            }
            String label = protestSubType(m);
            for (Site s : sites(RealNewsScorer.analyse(pipeline, "mm:" + m.id(), m.notes()))) {
                if (MM_TYPES.contains(s.mention().type()) && !s.mention().negated()) {
                    out.add(new Sample(s, label));
                }
            }
        }
        return out;
    }

    static String protestSubType(MassMobilization m) {
        Set<String> r = m.responses();
        if (m.violence()) {
            return "Violent demonstration";
        }
        if (r.contains("killings") || r.contains("shootings") || r.contains("beatings")) {
            return "Excessive force against protesters";
        }
        return r.contains("arrests") || r.contains("crowd dispersal") ? "Protest with intervention" : "Peaceful protest";
    }

    /** PETRARCH records whose CAMEO code reads as a sub-type; none that shares a word run with {@code goldTexts}. */
    public static List<Sample> fromPetrarch(Pipeline pipeline, Path bench, List<String> goldTexts)
            throws IOException, StageException {
        Map<String, String> map = cameoAcled();
        Set<String> gold = new java.util.HashSet<>();
        goldTexts.forEach(t -> gold.addAll(PloverTraining.shingles(t)));
        List<Sample> out = new ArrayList<>();
        int n = 0;
        for (PloverTraining.Coded c : PloverTraining.petrarchCodes(bench.resolve("events/plover"))) {
            String label = longestPrefix(map, c.code());
            if (label == null || PloverTraining.shingles(c.text()).stream().anyMatch(gold::contains)) {
                continue;
            }
            for (Site s : sites(RealNewsScorer.analyse(pipeline, "petrarch:" + n++, c.text()))) {
                out.add(new Sample(s, label));
            }
        }
        return out;
    }

    static String longestPrefix(Map<String, String> map, String code) {
        for (int n = code.length(); n >= 2; n--) {
            String v = map.get(code.substring(0, n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static Map<String, String> cameoAcled() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (InputStream in = SubEventTraining.class.getResourceAsStream("/events/cameo-acled.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .forEach(f -> out.put(f[0], f[1]));
        }
        return out;
    }
}
