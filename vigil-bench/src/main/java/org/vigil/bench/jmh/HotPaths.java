package org.vigil.bench.jmh;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.vigil.bench.Reports;
import org.vigil.claim.QuantityParser;
import org.vigil.corpus.ShingleCopyDetector;
import org.vigil.geo.GeoNamesGazetteer;
import org.vigil.geo.NameKey;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;
import org.vigil.assembly.StandardPipeline;
import org.vigil.time.TimeMLTagger;

/**
 * JMH benchmarks of the hot paths, on the project's own reports: the whole per-document pipeline, the TimeML
 * tagger, the quantity reader, gazetteer lookups and copy detection over 200 documents. Run with
 * {@code ./bench jmh} from the project root.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HotPaths {
    private static final List<String> NAMES = List.of("Kazerun", "Shiraz", "Fars", "Tehran", "Santiago", "Valparaiso",
            "Paris", "Lagos", "Springfield", "Georgia", "Alexandria", "Washington", "Nowhere Town", "Iran", "Chile");
    private Pipeline pipeline;
    private TimeMLTagger tagger;
    private QuantityParser quantities;
    private GeoNamesGazetteer gazetteer;
    private ShingleCopyDetector copies;
    private List<String> texts;
    private List<Document> documents;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        pipeline = StandardPipeline.create();
        tagger = new TimeMLTagger();
        quantities = new QuantityParser();
        gazetteer = GeoNamesGazetteer.shipped();
        copies = new ShingleCopyDetector();
        texts = Reports.project();
        documents = Reports.documents(texts, 200);
    }

    private String text() {
        next = (next + 1) % texts.size();
        return texts.get(next);
    }

    /** One report through every per-document stage (reports per second). */
    @Benchmark
    public AnnotatedDocument pipelinePerReport() throws StageException {
        Document d = documents.get(next = (next + 1) % documents.size());
        return pipeline.run(new AnnotatedDocument(d));
    }

    @Benchmark
    public Object timeTaggerPerReport() {
        return tagger.tag(text(), LocalDate.of(2019, 10, 25));
    }

    @Benchmark
    public Object quantitiesPerReport() {
        String t = text();
        return quantities.find(t, 0, t.length());
    }

    /** Fifteen place names looked up (a report's worth). */
    @Benchmark
    public int gazetteerLookups() {
        int n = 0;
        for (String name : NAMES) {
            n += gazetteer.lookup(NameKey.of(name)).size();
        }
        return n;
    }

    /** Copies among 200 reports (the across-documents step's first part). */
    @Benchmark
    public Object copyDetection200() {
        return copies.find(documents);
    }
}
