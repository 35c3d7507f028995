package org.vigil.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.evidence.EvidenceFile;
import org.vigil.evidence.EvidenceInspector;
import org.vigil.evidence.EvidenceRejectedException;
import org.vigil.evidence.EvidenceStore;
import org.vigil.evidence.InspectedFile;
import org.vigil.evidence.PerceptualHash;
import org.vigil.store.EventStore;
import org.vigil.store.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = {"Inspect photo and video files as the server would take them as evidence: one JSON line per file with",
                "its SHA-256, media type (from its bytes), size, dimensions, 64-bit difference hash, and the capture time and",
                "GPS its metadata claims; with --db, whether the store holds it and its stored near-duplicates.",
                "A bad file gets {\"file\",\"error\"} and the others go on (exit 1)."})
final class EvidenceCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "1..*", description = "photo or video files")
    List<Path> files;
    @Option(names = "--db", description = "a store to look the files up in (file, sqlite:PATH or postgresql://...)")
    String db;
    @Option(names = "--max-size", description = "largest file in bytes (default: ${DEFAULT-VALUE})", defaultValue = "20971520")
    long maxSize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EvidenceInspector inspector = new EvidenceInspector(maxSize);
        int failed = 0;
        try (EventStore store = db == null ? null : org.vigil.store.EventStores.open(db)) {
            for (Path f : files) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", f.toString());
                try {
                    InspectedFile i = inspector.inspect(f.getFileName().toString(), Files.readAllBytes(f));
                    describe(line, i, store == null ? null : store.evidence());
                } catch (EvidenceRejectedException e) {
                    line.put("error", e.getMessage());
                    failed++;
                } catch (IOException e) {
                    line.put("error", "cannot read " + f + ": " + e.getMessage());
                    failed++;
                }
                out.println(Json.write(line));
            }
        } catch (org.vigil.store.StoreException e) {
            spec.commandLine().getErr().println("vigil: " + e.getMessage());
            return 2;
        }
        out.flush();
        return failed == 0 ? 0 : 1;
    }

    private static void describe(Map<String, Object> line, InspectedFile i, EvidenceStore store) {
        EvidenceFile f = i.file();
        line.put("sha256", f.sha256());
        line.put("media_type", f.mediaType());
        line.put("kind", f.kind().code());
        line.put("size", f.size());
        line.put("width", f.width());
        line.put("height", f.height());
        line.put("dhash", f.dhash() == null ? null : PerceptualHash.hex(f.dhash()));
        line.put("metadata", org.vigil.web.EvidenceJson.metadata(f.metadata()));
        line.put("warnings", i.warnings());
        if (store != null) {
            line.put("stored", store.file(f.sha256()).isPresent());
            line.put("near_duplicates", f.dhash() == null ? List.of() : nearStored(store, f));
        }
    }

    /** Stored photos within the near-duplicate distance of this file's hash (the file itself need not be stored). */
    private static List<Map<String, Object>> nearStored(EvidenceStore store, EvidenceFile f) {
        return store.nearDuplicates(f.dhash(), PerceptualHash.NEAR_DUPLICATE_DISTANCE).stream()
                .filter(d -> !d.sha256().equals(f.sha256()))
                .map(d -> Map.<String, Object>of("sha256", d.sha256(), "distance", d.distance())).toList();
    }
}
