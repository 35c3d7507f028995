package org.vigil.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.export.Exporter;
import org.vigil.model.IncidentLink;
import org.vigil.store.Json;
import org.vigil.store.EventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Export the events as JSONL (the contract), ACLED-like CSV or GeoJSON.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    VigilCli.StoreOption store = new VigilCli.StoreOption();
    @CommandLine.Mixin
    VigilCli.ConfidenceOption confidence = new VigilCli.ConfidenceOption();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--format", description = "jsonl, csv or geojson (default: ${DEFAULT-VALUE})", defaultValue = "jsonl")
    String format;
    @Option(names = "--out", description = "output file (default: standard output)")
    Path out;
    @Option(names = "--chains", description = "also write the incident chains to this file, one JSON line per link "
            + "(from, to, relation, reason)")
    Path chains;

    @Override
    public Integer call() throws IOException {
        Exporter exporter;
        try {
            exporter = Exporter.forFormat(format);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage());
            return 2;
        }
        try (EventStore s = store.open();
             Writer w = out == null ? spec.commandLine().getOut() : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            var reviewed = org.vigil.review.ReviewedEvents.of(s.reviews());
            Exporter.forFormat(format, reviewed::settledKilled).write(reviewed.applied(confidence.shown(s.events())), w);
            w.flush();
            if (chains != null) {
                writeChains(s, chains);
            }
        }
        return 0;
    }

    private static void writeChains(EventStore s, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (IncidentLink l : s.chains()) {
                var row = new java.util.LinkedHashMap<String, String>(); // keys in a fixed order, line after line
                row.put("from", l.fromEventId());
                row.put("to", l.toEventId());
                row.put("relation", l.relation());
                row.put("reason", l.reason());
                w.write(Json.MAPPER.writeValueAsString(row));
                w.write('\n');
            }
        }
    }
}
