package org.vigil.classify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.vigil.pipeline.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/**
 * Types a text with the per-document pipeline: the main event is the first mention in reading order that is
 * not negated (news before a historical reference, before a future one); the ACLED code is that of the first
 * such mention ACLED codes; protest attributes come from the {@link AttributeClassifier}.
 */
public final class PipelineTextClassifier implements TextClassifier {
    /** The publisher a claim falls back to when the text names no claimant; printed as null. */
    private static final String SELF = "(the text)";
    private static final java.util.regex.Pattern CIRCUMSTANCE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:amid|after|following|despite|during|since|before|ahead of|in response to|in protest at|over)"
                    + "\\s+(?:(?:the|a|an|its|their|his|her|last|recent|weeks|days|months|of|new|mass|\\w+'s)\\s+){0,3}$");
    private final Pipeline pipeline;
    private final AttributeClassifier attributes;

    public PipelineTextClassifier(Pipeline pipeline, AttributeClassifier attributes) {
        this.pipeline = pipeline;
        this.attributes = attributes;
    }

    /** The standard stages for lone texts and the shipped attribute model: what {@code vigil classify} runs. */
    public static PipelineTextClassifier standard() {
        return new PipelineTextClassifier(org.vigil.pipeline.StandardPipeline.forTexts(), ModelAttributeClassifier.shipped());
    }

    @Override
    public Classification classify(String id, String text, LocalDate date) {
        DateRange published = date == null ? null : DateRange.day(date, date.toString());
        String docId = Integer.toHexString(java.util.Arrays.hashCode(text.getBytes(StandardCharsets.UTF_8)));
        Document d = new Document(docId, "classify:" + id, SELF, null, published, Instant.EPOCH, text, null, null);
        AnnotatedDocument doc = new AnnotatedDocument(d);
        try {
            pipeline.run(doc);
        } catch (StageException e) {
            throw new IllegalStateException("text " + id + ": " + e.getMessage(), e);
        }
        List<Mention> mentions = doc.get(Keys.MENTIONS);
        List<Mention> told = mainFirst(doc.text(), told(mentions));
        Mention main = told.isEmpty() ? null : told.get(0);
        Mention coded = told.stream().filter(m -> m.acledSubEventType() != null && !m.future()).findFirst().orElse(null);
        boolean protest = told.stream().anyMatch(m -> m.type() == PloverType.PROTEST && !m.future())
                || coded != null && coded.acledEventType().matches("Protests|Riots");
        List<ClaimSummary> claims = doc.get(Keys.CLAIMS).stream().map(PipelineTextClassifier::summary).toList();
        ClaimSummary crowd = claims.stream().filter(c -> c.kind().equals(ClaimKind.PARTICIPANTS.label()))
                .findFirst().orElse(null);
        return new Classification(id, main == null ? null : main.type().name(),
                main == null ? List.of() : main.modes(),
                coded == null ? null : coded.acledEventType(), coded == null ? null : coded.acledSubEventType(),
                protest, protest ? attributes.attributes(doc.text(), mentions) : ProtestAttributes.NONE,
                protest ? crowd : null, kinds(told), claims);
    }

    /**
     * Mentions of what the text reports, in the order they are preferred: news, then historical references, then
     * what is announced for the future (a text that tells only of a planned visit is still about a visit);
     * negated mentions never.
     */
    private static List<Mention> told(List<Mention> mentions) {
        List<Mention> news = new ArrayList<>();
        List<Mention> past = new ArrayList<>();
        List<Mention> future = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.negated()) {
                (m.future() ? future : m.historical() ? past : news).add(m);
            }
        }
        news.addAll(past);
        news.addAll(future);
        return news;
    }

    /**
     * The same mentions, those told as circumstance ("amid protests", "after talks", "following the arrest")
     * moved behind the others: the main event of a sentence is its main clause's.
     */
    private static List<Mention> mainFirst(String text, List<Mention> told) {
        List<Mention> main = new ArrayList<>();
        List<Mention> circumstance = new ArrayList<>();
        for (Mention m : told) {
            int at = text.indexOf(m.trigger(), m.sentence().start());
            String before = text.substring(Math.max(m.sentence().start(), at - 40), Math.max(m.sentence().start(), at));
            (at >= 0 && CIRCUMSTANCE.matcher(before).find() ? circumstance : main).add(m);
        }
        main.addAll(circumstance);
        return main;
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
            } else if (m.type() == PloverType.ACCUSE && m.modes().stream().noneMatch(x -> x.equals("investigate"))) {
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
