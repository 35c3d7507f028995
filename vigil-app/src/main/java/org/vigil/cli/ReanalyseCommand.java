package org.vigil.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigil.ingest.DocumentLoader;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.Ingestor;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code vigil reanalyse}: every stored document analysed again (another model, a newer version); judgements stay. */
@Command(name = "reanalyse", mixinStandardHelpOptions = true,
        description = "Analyse every stored document again (e.g. with --model) and re-derive the events; reviewers' judgements stay, and a pinned field the new run disagrees with gets a task.")
final class ReanalyseCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Mixin
    ModelOption model = new ModelOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        org.vigil.pipeline.Pipeline pipeline;
        try {
            pipeline = model.pipeline();
        } catch (org.vigil.classify.ModelFileException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 2;
        }
        try (EventStore s = store.open()) {
            int n = new Ingestor(s, new PipelineAnalyser(pipeline), StandardPipeline.corpusAnalyzer(), new DocumentLoader(Long.MAX_VALUE), 1).reanalyse();
            var c = s.counts();
            out.printf("documents analysed again: %d; mentions %d, claims %d, events %d; review tasks open: %d%n", n,
                    c.mentions(), c.claims(), c.events(), s.reviews().reviews().stream().mapToInt(r -> r.tasks().size()).sum());
            out.flush();
            return 0;
        }
    }
}
