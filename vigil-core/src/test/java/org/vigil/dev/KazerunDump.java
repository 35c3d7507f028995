package org.vigil.dev;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.vigil.corpus.CorpusResult;
import org.vigil.model.Analysis;
import org.vigil.model.Document;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.pipeline.Pipeline;
import org.vigil.assembly.StandardPipeline;

/** Developer aid: runs the standard pipeline on a folder of .txt files and prints mentions, claims and events. */
public final class KazerunDump {
    public static void main(String[] args) throws Exception {
        Pipeline p = StandardPipeline.create();
        List<Analysis> all = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                String pub = f.getFileName().toString().substring(0, 3);
                Document d = new Document(pub, f.getFileName().toString(), "pub" + pub, null, null, Instant.EPOCH, raw, null, null);
                AnnotatedDocument ad = p.run(new AnnotatedDocument(d));
                System.out.println("=== " + f.getFileName() + " published=" + ad.document().published());
                ad.get(Keys.TOPONYMS).forEach(t -> System.out.println("  P " + t.text() + " -> " + t.place().name() + " " + t.place().precision() + " " + t.role()));
                ad.get(Keys.TIMES).forEach(t -> System.out.println("  T " + t.text() + " -> " + t.range().start() + ".." + t.range().end() + (t.pastFramed() ? " past" : "")));
                ad.get(Keys.MENTIONS).forEach(m -> System.out.println("  M " + m.id() + " " + m.type() + m.modes() + " '" + m.trigger() + "' place=" + (m.place() == null ? null : m.place().name())
                        + " date=" + (m.date() == null ? null : m.date().start() + ".." + m.date().end()) + (m.historical() ? " HIST" : "") + (m.future() ? " FUT" : "") + " actors=" + m.actors().stream().map(a -> a.name()).toList() + " slogans=" + m.slogans()));
                ad.get(Keys.CLAIMS).forEach(c -> System.out.println("  C " + c.kind() + " " + c.low() + ".." + c.high() + " by " + c.claimant() + " via " + c.claimantVia() + " hedge=" + c.hedge() + " -> " + c.mentionId() + " '" + c.quote() + "'"));
                all.add(new Analysis(ad.document(), ad.get(Keys.MENTIONS), ad.get(Keys.CLAIMS)));
            }
        }
        CorpusResult r = StandardPipeline.corpusAnalyzer().analyze(all);
        r.copies().forEach(c -> System.out.println("COPY " + c.reason()));
        r.events().forEach(e -> System.out.println("EV " + e.type() + e.modes() + " " + (e.place() == null ? null : e.place().name()) + " " + (e.date() == null ? null : e.date().start() + ".." + e.date().end())
                + (e.historical() ? " HIST" : "") + " docs=" + e.documents().stream().map(d -> d.source().substring(0, 3)).toList() + " indep=" + e.independentSources()
                + " claims=" + e.claims().stream().map(c -> c.kind().label() + ":" + c.low() + "/" + c.claimant()).toList() + " disputed=" + e.disputed() + " actors=" + e.actors().stream().map(a -> a.name()).toList()));
    }
}
