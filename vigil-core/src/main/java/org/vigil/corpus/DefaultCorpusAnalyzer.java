package org.vigil.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigil.model.Analysis;
import org.vigil.model.Claim;
import org.vigil.model.CopyLink;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Mention;
import org.vigil.model.Post;

/**
 * The standard across-documents step: copies by shared shingles or identical texts, clustering by compatibility,
 * events built with claims and independent sources (a post that relays another account's counts as that account), then incident
 * chains between the events. Negated mentions report no
 * event and are left out.
 */
public final class DefaultCorpusAnalyzer implements CorpusAnalyzer {
    private final CopyDetector copies;
    private final EventClusterer clusterer;
    private final IncidentLinker chains;

    public DefaultCorpusAnalyzer() {
        this(CombinedCopyDetector.standard(), new CompatibilityClusterer(), new SuccessionLinker());
    }

    public DefaultCorpusAnalyzer(CopyDetector copies, EventClusterer clusterer, IncidentLinker chains) {
        this.copies = copies;
        this.clusterer = clusterer;
        this.chains = chains;
    }

    @Override
    public CorpusResult analyze(List<Analysis> analyses, EventIdentity identity) {
        return analyze(analyses, identity, List.of());
    }

    @Override
    public CorpusResult analyze(List<Analysis> analyses, EventIdentity identity, List<Post> posts) {
        List<Analysis> sorted = new ArrayList<>(analyses);
        sorted.sort(Comparator.comparing(a -> a.document().id()));
        Map<String, Document> docs = new HashMap<>();
        Map<String, List<Claim>> claims = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (Analysis a : sorted) {
            docs.put(a.document().id(), a.document());
            a.mentions().stream().filter(m -> !m.negated()).forEach(mentions::add);
            a.claims().forEach(c -> claims.computeIfAbsent(c.mentionId(), k -> new ArrayList<>()).add(c));
        }
        List<CopyLink> links = judged(copies.find(sorted.stream().map(Analysis::document).toList()), identity, docs);
        Map<String, Post> relayed = new HashMap<>();
        posts.stream().filter(p -> p.relays() && docs.containsKey(p.documentId())).forEach(p -> relayed.put(p.documentId(), p));
        EventBuilder builder = new EventBuilder(docs, claims, links, relayed);
        List<Event> events = new ArrayList<>();
        for (Regrouping.Identified c : Regrouping.apply(clusterer.cluster(mentions), identity, EventBuilder::id)) {
            events.add(builder.build(c.cluster(), c.id()));
        }
        events.sort(Comparator.comparing(Event::id));
        return new CorpusResult(links, events, chains.link(events), sorted.size());
    }

    /** The detector's copies with reviewers' marks applied: a pair marked independent is dropped, one marked a copy added. */
    private static List<CopyLink> judged(List<CopyLink> found, EventIdentity identity, Map<String, Document> docs) {
        if (identity.copies().isEmpty()) {
            return found;
        }
        List<CopyLink> out = new ArrayList<>();
        for (CopyLink c : found) {
            if (!Boolean.FALSE.equals(identity.copies().get(EventIdentity.pair(c.documentA(), c.documentB())))) {
                out.add(c);
            }
        }
        identity.copies().forEach((pair, isCopy) -> {
            String[] ab = pair.split("\\|");
            boolean present = out.stream().anyMatch(c -> EventIdentity.pair(c.documentA(), c.documentB()).equals(pair));
            if (isCopy && !present && docs.containsKey(ab[0]) && docs.containsKey(ab[1])) {
                out.add(new CopyLink(ab[0], ab[1], 1.0, null, "marked as copies by a reviewer"));
            }
        });
        out.sort(Comparator.comparing(CopyLink::documentA).thenComparing(CopyLink::documentB));
        return out;
    }
}
