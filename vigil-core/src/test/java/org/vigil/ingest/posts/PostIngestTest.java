package org.vigil.ingest.posts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.assembly.StandardPipeline;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.model.Claim;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Event;
import org.vigil.model.Post;
import org.vigil.model.Precision;
import org.vigil.store.EventStore;
import org.vigil.store.TestStores;

class PostIngestTest {
    static final Path DIR = TelegramExportReaderTest.DIR;
    static final PipelineAnalyser ANALYSER = PipelineAnalyser.standard();
    static final String ORIGINAL = "telegram:1700000002/7";

    @TempDir
    Path tmp;

    static IngestSummary telegram(Ingestor ingestor, String export) throws Exception {
        Path f = DIR.resolve(export + "/result.json");
        PostExports.Export e = PostExports.telegram(f, null, 1 << 20);
        return ingestor.ingestPosts(f, e.reader(), e.affiliation(), m -> { });
    }

    static Ingestor ingestor(EventStore store) {
        return new Ingestor(store, ANALYSER, StandardPipeline.corpusAnalyzer(), new DocumentLoader(1 << 24), 2);
    }

    /** The event of the shooting: the one the Kurdistan Witness post or its forwards report. */
    static Event shooting(EventStore store) {
        List<Event> found = store.events().stream().filter(e -> e.claims().stream()
                .anyMatch(c -> c.quote().contains("Police shot four protesters dead"))).toList();
        assertEquals(1, found.size(), "one shooting event: " + store.events());
        return found.get(0);
    }

    static Document bySource(EventStore store, String source) {
        return store.analyses().stream().map(a -> a.document()).filter(d -> d.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void eachPostIsADocumentWithItsChannelItsTimeAndItsAddressAndReingestingAddsNothing() throws Exception {
        try (EventStore store = TestStores.open(tmp, "doc")) {
            Ingestor ingestor = ingestor(store);
            IngestSummary first = telegram(ingestor, "zagros");
            assertEquals(4, first.added());
            assertTrue(first.failures().isEmpty(), first.failures().toString());
            Document d = bySource(store, "https://t.me/zagrosmonitor/102");
            assertEquals("Zagros Monitor", d.publisher());
            assertEquals("independent, run from abroad", d.affiliation(), "from the sidecar");
            assertEquals(new DateRange(LocalDate.of(2022, 9, 21), LocalDate.of(2022, 9, 21), Precision.DAY,
                    "2022-09-21T18:04:11Z"), d.published(), "the UTC day, the exact time as its phrase");
            List<Post> posts = store.posts();
            assertEquals(4, posts.size(), "one post record per post document");
            Post forward = posts.stream().filter(p -> p.postId().equals("103")).findFirst().orElseThrow();
            assertEquals(bySource(store, "https://t.me/zagrosmonitor/103").id(), forward.documentId());
            assertEquals(Post.Relation.FORWARD, forward.relation());
            assertEquals("Kurdistan Witness", forward.origin());
            long events = store.counts().events();
            IngestSummary again = telegram(ingestor, "zagros");
            assertEquals(0, again.added());
            assertEquals(4, again.unchanged());
            assertEquals(4, store.posts().size());
            assertEquals(events, store.counts().events());
        }
    }

    @Test
    void forwardsAddDocumentsToTheEventButNoIndependentSource() throws Exception {
        try (EventStore store = TestStores.open(tmp, "with")) {
            Ingestor ingestor = ingestor(store);
            telegram(ingestor, "witness");
            telegram(ingestor, "sahand");
            Event without = shooting(store);
            assertEquals(2, without.documents().size());
            assertEquals(2, without.independentSources(), "the witness channel and the Sahand reporter");
            telegram(ingestor, "zagros");
            telegram(ingestor, "relay");
            Event with = shooting(store);
            assertEquals(4, with.documents().size(), "both forwards are evidence of the event");
            assertEquals(2, with.independentSources(), "a forward, even with a comment added, is its origin again");
            assertTrue(store.copies().isEmpty(), "no passage of 12 words is shared: the forward relation alone counts");
            assertTrue(with.reasons().stream().anyMatch(r -> r.contains("(Baneh Relay forwards a post of Kurdistan Witness)")
                    && r.endsWith("speak for one account (Kurdistan Witness): counted as one source")), with.reasons().toString());
        }
    }

    @Test
    void twoForwardsOfAPostNotInTheStoreAreOneSourceAndRelayTheOriginsClaim() throws Exception {
        try (EventStore store = TestStores.open(tmp, "absent")) {
            Ingestor ingestor = ingestor(store);
            telegram(ingestor, "zagros");
            telegram(ingestor, "relay");
            Event e = shooting(store);
            assertEquals(2, e.documents().size());
            assertEquals(1, e.independentSources());
            assertTrue(store.analyses().stream().noneMatch(a -> a.document().source().equals(ORIGINAL)));
            for (Claim c : e.claims()) {
                assertEquals("Kurdistan Witness", c.claimant(), "the forwarded figure is the origin's");
                assertTrue(List.of("Zagros Monitor", "Baneh Relay").contains(c.claimantVia()), "relayed by the forwarder");
            }
            assertTrue(e.disputed().isEmpty());
            ingestor.reanalyse();
            assertTrue(shooting(store).claims().stream().allMatch(c -> c.claimant().equals("Kurdistan Witness")),
                    "analysed again, the forward's figure is still the origin's");
        }
    }

    @Test
    void anExportLongerThanAChunkIsStoredWhole() throws Exception {
        StringBuilder json = new StringBuilder("{\"name\": \"Long Channel\", \"type\": \"public_channel\", \"id\": 5, \"messages\": [");
        int n = 300;
        for (int i = 1; i <= n; i++) {
            json.append(i > 1 ? "," : "").append("{\"id\": ").append(i).append(", \"type\": \"message\", \"date_unixtime\": \"")
                    .append(1663783200 + i).append("\", \"text\": \"Note ").append(i).append(" of the long channel.\"}");
        }
        Path f = tmp.resolve("long.json");
        java.nio.file.Files.writeString(f, json.append("]}").toString());
        try (EventStore store = TestStores.open(tmp, "long")) {
            List<String> progress = new java.util.ArrayList<>();
            IngestSummary r = ingestor(store).ingestPosts(f, new TelegramExportReader(1 << 20, "longchannel"), null, progress::add);
            assertEquals(n, r.added());
            assertEquals(n, store.posts().size());
            assertTrue(progress.contains(f + ": 256 new posts so far"), progress.toString());
        }
    }

    @Test
    void badPostsAreReportedByFileAndIdAndTheOthersAreStoredWholly() throws Exception {
        try (EventStore store = TestStores.open(tmp, "bad")) {
            Ingestor ingestor = new Ingestor(store, ANALYSER, StandardPipeline.corpusAnalyzer(), new DocumentLoader(1 << 24), 2);
            Path mixed = DIR.resolve("bad/mixed.json");
            IngestSummary r = ingestor.ingestPosts(mixed, new TelegramExportReader(4000, null), null, m -> { });
            assertEquals(3, r.added());
            assertEquals(List.of(mixed + ": message #2", mixed + ": message 3", mixed + ": message 5", mixed + ": message 6",
                            mixed + ": message 8"),
                    r.failures().stream().map(IngestSummary.Failure::source).toList());
            Path cut = DIR.resolve("bad/truncated.json");
            IngestSummary t = ingestor.ingestPosts(cut, new TelegramExportReader(4000, null), null, m -> { });
            assertEquals(2, t.added(), "the posts before the cut");
            assertEquals(cut.toString(), t.failures().get(0).source());
            assertTrue(t.failures().get(0).reason().startsWith("the file ends early"), t.failures().get(0).reason());
            IngestSummary n = ingestor.ingestPosts(DIR.resolve("bad/not-json.json"), new TelegramExportReader(4000, null), null, m -> { });
            assertEquals(0, n.added());
            assertEquals(1, n.failures().size());
            assertEquals(5, store.analyses().size());
            assertEquals(5, store.posts().size(), "every stored post has its record, and no record is without its post");
        }
    }

    @Test
    void aRetweetsFigureIsItsAuthorsRelayedByTheArchiveAccount() throws Exception {
        try (EventStore store = TestStores.open(tmp, "x")) {
            Ingestor ingestor = ingestor(store);
            Path tweets = DIR.resolve("archive/data/tweets.js");
            IngestSummary r = ingestor.ingestPosts(tweets, PostExports.x(tweets, null, 1 << 20).reader(), null, m -> { });
            assertEquals(4, r.added());
            Document rt = bySource(store, "https://x.com/sanandajnotes/status/1572600000000000002");
            assertEquals("@sanandajnotes", rt.publisher());
            List<Claim> claims = store.analysis(rt.id()).orElseThrow().claims();
            assertEquals(1, claims.size());
            assertEquals("@kurdwitness", claims.get(0).claimant());
            assertEquals("@sanandajnotes", claims.get(0).claimantVia());
        }
    }
}
