package org.vigil.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.assembly.Settings;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.DocumentRejectedException;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.ingest.web.FetchException;
import org.vigil.ingest.web.WarcPages;
import org.vigil.ingest.web.WebPage;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.pipeline.Analyser;
import org.vigil.pipeline.StageException;
import org.vigil.store.Json;
import scala.Tuple2;

/**
 * The per-document half of the job, run in each partition: every input (a file, a WARC archive) becomes documents,
 * each analysed by an analyser the executor builds once from the job's {@link Settings}. Out come
 * {@link Outcome}s: an analysis as JSON with its document id, or a failure ({@code {"failed": label, "reason": ...}},
 * no id); one bad document is reported and the others go on, as in {@code vigil ingest}.
 */
final class PartitionAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;
    /** One analyser per executor JVM: the gazetteer and models are loaded once, not once per partition. */
    private static volatile Analyser analyser;
    private final Settings settings;

    /** One document's result in input order: its id and analysis, or no id and the failure. */
    record Outcome(long order, String documentId, String json) implements Serializable {
        boolean failed() {
            return documentId == null;
        }
    }

    PartitionAnalysis(Settings settings) {
        this.settings = settings;
    }

    Iterator<Outcome> apply(Iterator<Tuple2<String, Long>> inputs) {
        Analyser a = analyser();
        DocumentLoader loader = new DocumentLoader(settings.maxDocumentBytes());
        List<Outcome> out = new ArrayList<>();
        while (inputs.hasNext()) {
            Tuple2<String, Long> in = inputs.next();
            Path file = Path.of(in._1());
            long order = in._2() << 20; // room for the pages of one archive, in their order
            if (Ingestor.isWarc(file)) {
                try {
                    int i = 0;
                    for (WebPage page : WarcPages.read(file, settings.maxDocumentBytes())) {
                        SourceMetadata meta = new SourceMetadata(page.url(), null, null, null);
                        out.add(analyse(a, order + i++, page.url(), () -> loader.fromHtml(page.text(), page.url(), meta)));
                    }
                } catch (FetchException e) {
                    out.add(failure(order, file.toString(), e.getMessage()));
                }
            } else {
                out.add(analyse(a, order, file.toString(), () -> loader.load(file, file.toString(), SourceMetadata.NONE)));
            }
        }
        return out.iterator();
    }

    private interface Load {
        Document get() throws DocumentRejectedException;
    }

    private static Outcome analyse(Analyser a, long order, String label, Load load) {
        try {
            Analysis analysis = a.analyse(load.get());
            return new Outcome(order, analysis.document().id(), Json.write(analysis));
        } catch (DocumentRejectedException | StageException e) {
            return failure(order, label, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failure(order, label, "internal error: " + e);
        }
    }

    private static Outcome failure(long order, String label, String reason) {
        var row = new java.util.LinkedHashMap<String, String>();
        row.put("failed", label);
        row.put("reason", reason);
        return new Outcome(order, null, Json.write(row));
    }

    private Analyser analyser() {
        Analyser a = analyser;
        if (a == null) {
            synchronized (PartitionAnalysis.class) {
                if (analyser == null) {
                    analyser = PipelineAnalyser.of(settings);
                }
                a = analyser;
            }
        }
        return a;
    }

    /**
     * Files named and the supported files under folders named, sorted, as {@code vigil ingest} lists them.
     *
     * @throws java.io.FileNotFoundException naming the first input that cannot be listed
     */
    static List<String> expand(List<Path> inputs) throws java.io.IOException {
        List<IngestSummary.Failure> failures = new ArrayList<>();
        List<Path> files = Ingestor.expand(inputs.stream().map(Path::toString).toList(), failures);
        if (!failures.isEmpty()) {
            throw new java.io.FileNotFoundException(failures.get(0).source() + ": " + failures.get(0).reason());
        }
        return files.stream().map(Path::toString).toList();
    }
}
