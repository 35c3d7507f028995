package org.vigil.classify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/**
 * Types a text with the per-document pipeline: the main event is the first mention in reading order that is
 * not negated (news before a historical reference, before a future one; main clause before circumstances, see
 * {@link MainEvent}), or, with a {@link PloverTypeModel}, the type the model chooses from the words and those
 * mentions; the ACLED code is that of the first
 * such mention ACLED codes; protest attributes come from the {@link AttributeClassifier}.
 */
public final class PipelineTextClassifier implements TextClassifier {
    /** The publisher a claim falls back to when the text names no claimant; printed as null. */
    private static final String SELF = "(the text)";
    private final Pipeline pipeline;
    private final AttributeClassifier attributes;
    private final PloverTypeModel typeModel;

    /** The main type is the lexicon's main mention's, or with a {@code typeModel}, the model's choice. */
    public PipelineTextClassifier(Pipeline pipeline, AttributeClassifier attributes, PloverTypeModel typeModel) {
        this.pipeline = pipeline;
        this.attributes = attributes;
        this.typeModel = typeModel;
    }

    public PipelineTextClassifier(Pipeline pipeline, AttributeClassifier attributes) {
        this(pipeline, attributes, null);
    }

    /**
     * The standard stages for lone texts, the shipped attribute model and the shipped PLOVER type model: what
     * {@code vigil classify} runs.
     */
    public static PipelineTextClassifier standard() {
        return new PipelineTextClassifier(org.vigil.assembly.StandardPipeline.forTexts(), ModelAttributeClassifier.shipped(),
                PloverTypeModel.shipped());
    }

    /** The same without the type model: the main type is the lexicon's alone. */
    public static PipelineTextClassifier lexiconOnly() {
        return new PipelineTextClassifier(org.vigil.assembly.StandardPipeline.forTexts(), ModelAttributeClassifier.shipped());
    }

    /** The mentions the pipeline finds in a text (for training the type model on the same findings). */
    public List<Mention> mentions(String id, String text, LocalDate date) {
        return run(id, text, date).get(Keys.MENTIONS);
    }

    private AnnotatedDocument run(String id, String text, LocalDate date) {
        DateRange published = date == null ? null : DateRange.day(date, date.toString());
        String docId = Integer.toHexString(java.util.Arrays.hashCode(text.getBytes(StandardCharsets.UTF_8)));
        Document d = new Document(docId, "classify:" + id, SELF, null, published, Instant.EPOCH, text, null, null);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        try {
            pipeline.run(doc);
        } catch (StageException e) {
            throw new IllegalStateException("text " + id + ": " + e.getMessage(), e);
        }
        return doc;
    }

    @Override
    public Classification classify(String id, String text, LocalDate date) {
        AnnotatedDocument doc = run(id, text, date);
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        List<Mention> told = MainEvent.ordered(doc.text(), mentions);
        Mention main = told.isEmpty() ? null : told.get(0);
        String type = MainEvent.mainType(doc.text(), mentions);
        List<String> modes = main == null ? List.of() : main.modes();
        String chosen = typeModel == null ? type : typeModel.choose(doc.text(), mentions);
        if (chosen != null && !chosen.equals(type)) { // the model overrules the lexicon: modes of its type
            modes = told.stream().filter(m -> m.type().name().equals(chosen)).findFirst().map(Mention::modes)
                    .orElse(List.of());
        }
        type = chosen;
        Mention typed = chosen == null ? null
                : told.stream().filter(m -> m.type().name().equals(chosen)).findFirst().orElse(main);
        Mention coded = told.stream().filter(m -> m.acledSubEventType() != null && isNews(m)
                && !MainEvent.circumstance(doc.text(), m)).findFirst().orElse(null);
        boolean protest = told.stream().anyMatch(m -> m.type() == PloverType.PROTEST && isNews(m))
                || coded != null && coded.acledEventType().matches("Protests|Riots");
        List<ClaimSummary> claims = doc.get(Keys.CLAIMS).stream().map(PipelineTextClassifier::summary).toList();
        ClaimSummary crowd = claims.stream().filter(c -> c.kind().equals(ClaimKind.PARTICIPANTS.label()))
                .findFirst().orElse(null);
        return new Classification(id, type, modes, timeframe(typed),
                coded == null ? null : coded.acledEventType(), coded == null ? null : coded.acledSubEventType(),
                protest, protest ? attributes.attributes(doc.text(), mentions) : ProtestAttributes.NONE,
                protest ? crowd : null, kinds(told), claims);
    }

    /** A court's or a prosecutor's act, which is no statement of condemnation: "convicted", "found guilty". */
    private static final java.util.regex.Pattern LEGAL = java.util.regex.Pattern.compile("(?i)convict|guilty");

    private static boolean isNews(Mention m) {
        return !m.future() && !m.historical();
    }

    /** When the main event stands: news, history (a past the report looks back on) or planned (announced, threatened). */
    private static String timeframe(Mention main) {
        if (main == null) {
            return null;
        }
        return main.future() ? "planned" : main.historical() ? "history" : "news";
    }

    private static List<String> kinds(List<Mention> told) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : told) {
            if (m.modes().contains("internet-shutdown")) {
                out.add("internet shutdown");
            } else if (m.modes().contains("censor")) {
                out.add("censorship");
            } else if (m.type() == PloverType.SUPPORT) {
                out.add("statement of support");
            } else if (m.type() == PloverType.ACCUSE && m.modes().stream().noneMatch(x -> x.equals("investigate") || x.equals("allege"))
                    && !LEGAL.matcher(m.trigger()).find()) {
                out.add("statement of condemnation");
            }
        }
        return List.copyOf(out);
    }

    private static ClaimSummary summary(Claim c) {
        return new ClaimSummary(c.kind().label(), c.low(), c.high(), SELF.equals(c.claimant()) ? null : c.claimant(),
                c.hedge(), c.quote());
    }
}
