package org.vigil.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.assembly.Settings;
import org.vigil.ingest.DocumentLoader;
import org.vigil.ingest.DocumentRejectedException;
import org.vigil.ingest.SourceMetadata;
import org.vigil.ingest.web.FetchException;
import org.vigil.ingest.web.WarcPages;
import org.vigil.ingest.web.WebPage;
import org.vigil.model.Document;
import org.vigil.pipeline.Analyser;
import org.vigil.pipeline.StageException;
import org.vigil.store.Json;
import scala.Tuple2;

/**
 * The per-document half of the job, run in each partition: every input (a file, a WARC archive) becomes documents,
 * each analysed by an analyser the executor builds once from the job's {@link Settings}. Out come
 * {@code (order, json)} pairs: an analysis as JSON, or a failure ({@code {"failed": label, "reason": ...}});
 * one bad document is reported and the others go on, as in {@code vigil ingest}.
 */
final class PartitionAnalysis implements Serializable {
    private static final long serialVersionUID = 1L;
    /** One analyser per executor JVM: the gazetteer and models are loaded once, not once per partition. */
    private static volatile Analyser analyser;
    private final Settings settings;

    PartitionAnalysis(Settings settings) {
        this.settings = settings;
    }

    Iterator<Tuple2<Long, String>> apply(Iterator<Tuple2<String, Long>> inputs) {
        Analyser a = analyser();
        DocumentLoader loader = new DocumentLoader(settings.maxDocumentBytes());
        List<Tuple2<Long, String>> out = new ArrayList<>();
        while (inputs.hasNext()) {
            Tuple2<String, Long> in = inputs.next();
            Path file = Path.of(in._1());
            long order = in._2() << 20; // room for the pages of one archive, in their order
            if (isWarc(file)) {
                try {
                    int i = 0;
                    for (WebPage page : WarcPages.read(file, settings.maxDocumentBytes())) {
                        SourceMetadata meta = new SourceMetadata(page.url(), null, null, null);
                        out.add(analyse(a, order + i++, page.url(), () -> loader.fromHtml(page.text(), page.url(), meta)));
                    }
                } catch (FetchException e) {
                    out.add(new Tuple2<>(order, failure(file.toString(), e.getMessage())));
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

    private static Tuple2<Long, String> analyse(Analyser a, long order, String label, Load load) {
        try {
            return new Tuple2<>(order, Json.write(a.analyse(load.get())));
        } catch (DocumentRejectedException | StageException e) {
            return new Tuple2<>(order, failure(label, e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            return new Tuple2<>(order, failure(label, "internal error: " + e));
        }
    }

    static String failure(String label, String reason) {
        var row = new java.util.LinkedHashMap<String, String>();
        row.put("failed", label);
        row.put("reason", reason);
        return Json.write(row);
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

    static boolean isWarc(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    /** Files named and the supported files under folders named, sorted: the job's inputs in a fixed order. */
    static List<String> expand(List<Path> inputs) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (var walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(q -> DocumentLoader.supported(q) || isWarc(q)).sorted()
                            .forEach(q -> out.add(q.toString()));
                }
            } else if (Files.exists(p)) {
                out.add(p.toString());
            } else {
                throw new java.io.FileNotFoundException("no such file or folder: " + p);
            }
        }
        return out;
    }
}
