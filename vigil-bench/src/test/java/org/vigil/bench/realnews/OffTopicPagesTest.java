package org.vigil.bench.realnews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.bench.Shared;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.model.DocumentRef;
import org.vigil.model.Event;
import org.vigil.assembly.StandardPipeline;
import org.vigil.relevance.Relevance;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;

/**
 * Acceptance of the relevance judgement on real pages: {@code vigil ingest} of the 181 Zyte pages (as HTML) and the
 * LGL articles gives no event above the default confidence from a page the project labelled sports, business,
 * entertainment or review (both splits), and keeps at least half of the labelled relevant documents (measured: 12
 * of 22 when this floor was set; the figure is in docs/BENCHMARKS.md).
 */
class OffTopicPagesTest {
    private static final Set<String> OFF_TOPIC = Set.of("sports", "business", "entertainment", "review");

    @Test
    void noEventFromSportsBusinessEntertainmentOrReviewPagesAboveTheDefaultConfidence(@TempDir Path tmp) throws Exception {
        Path bench = Shared.require("bench");
        List<RealNewsLabels.LabelledDocument> labels = RealNewsLabels.read(Path.of("..").resolve(RealNewsLabels.DEFAULT_FILE), bench);
        RealNewsTexts texts = new RealNewsTexts(bench);
        Path in = Files.createDirectories(tmp.resolve("in"));
        Map<String, RealNewsLabels.LabelledDocument> bySource = new HashMap<>();
        for (RealNewsLabels.LabelledDocument d : labels) {
            String name = d.id().replace(':', '_');
            if (d.id().startsWith("zyte:")) {
                Files.copy(texts.zytePage(d.id().substring(5)), in.resolve(name + ".html.gz"));
                bySource.put(name + ".html.gz", d);
            } else if (d.id().startsWith("lgl:")) {
                Files.writeString(in.resolve(name + ".txt"), d.text(), StandardCharsets.UTF_8);
                bySource.put(name + ".txt", d);
            }
        }
        List<Event> events;
        try (EventStore store = EventStores.sqlite(tmp.resolve("v.db"))) {
            IngestSummary s = new Ingestor(store, new PipelineAnalyser(StandardPipeline.create()), StandardPipeline.corpusAnalyzer(),
                    new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES), 2).ingest(List.of(in.toString()), SourceMetadata.NONE, m -> { });
            assertEquals(0, s.failures().size(), "every page is read: " + s.failures());
            events = store.events();
        }
        Set<String> offending = new TreeSet<>();
        Set<String> relevantShown = new TreeSet<>();
        for (Event e : events) {
            if (e.confidence() < Relevance.DEFAULT_MIN_CONFIDENCE) {
                continue;
            }
            for (DocumentRef r : e.documents()) {
                RealNewsLabels.LabelledDocument d = bySource.get(Path.of(r.source()).getFileName().toString());
                if (d != null && OFF_TOPIC.contains(d.topic())) {
                    offending.add(d.id() + " (" + d.topic() + "): " + e.type());
                }
                if (d != null && d.relevant()) {
                    relevantShown.add(d.id());
                }
            }
        }
        assertTrue(bySource.values().stream().filter(d -> OFF_TOPIC.contains(d.topic())).count() > 50, "enough off-topic pages labelled");
        assertEquals(Set.of(), offending, "events shown by default from off-topic pages");
        long relevant = bySource.values().stream().filter(RealNewsLabels.LabelledDocument::relevant).count();
        assertTrue(relevantShown.size() >= 0.5 * relevant, "relevant documents with a shown event: " + relevantShown.size() + " of " + relevant);
    }
}
