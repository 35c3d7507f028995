package org.vigil.dev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;

/** Developer aid: per-stage and corpus-step timing on a folder of .txt files. */
public final class Throughput {
    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        Pipeline p = StandardPipeline.create();
        for (int round = 0; round < (args.length > 1 ? Integer.parseInt(args[1]) : 3); round++) {
            long[] stageNs = new long[p.stages().size()];
            List<Analysis> all = new ArrayList<>();
            long t0 = System.nanoTime();
            int i = 0;
            for (String t : texts) {
                AnnotatedDocument ad = new AnnotatedDocument(new Document("d" + i++, "x", "P", null, null, Instant.EPOCH, t, null, null));
                for (int s = 0; s < stageNs.length; s++) {
                    long a = System.nanoTime();
                    p.stages().get(s).process(ad);
                    stageNs[s] += System.nanoTime() - a;
                }
                all.add(new Analysis(ad.document(), ad.get(Keys.MENTIONS), ad.get(Keys.CLAIMS)));
            }
            long t1 = System.nanoTime();
            var r = StandardPipeline.corpusAnalyzer().analyze(all);
            long t2 = System.nanoTime();
            System.out.printf("round %d: pipeline %.0f docs/s, corpus %.2f s (%d events)%n", round, texts.size() / ((t1 - t0) / 1e9), (t2 - t1) / 1e9, r.events().size());
            for (int s = 0; s < stageNs.length; s++) {
                System.out.printf("   %-12s %.3f ms/doc%n", p.stages().get(s).name(), stageNs[s] / 1e6 / texts.size());
            }
        }
    }
}
