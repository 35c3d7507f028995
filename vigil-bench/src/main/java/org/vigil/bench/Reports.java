package org.vigil.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.vigil.model.Document;

/** The project's own reports (demo corpus and Santiago 2019), input of the speed benchmarks (jmh, throughput). */
public final class Reports {
    private Reports() {
    }

    /** The texts of every .txt under the folders, in path order; fails clearly when there are none. */
    public static List<String> texts(Path... folders) {
        List<String> out = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no .txt reports under " + List.of(folders) + " (run from the project root)");
        }
        return out;
    }

    /** The project's reports, from the project root or a module folder inside it. */
    public static List<String> project() {
        Path root = Files.isDirectory(Path.of("demo")) ? Path.of(".") : Path.of("..");
        return texts(root.resolve("demo"), root.resolve("corpus").resolve("santiago-2019"));
    }

    /** {@code n} documents cycling through the texts, each made unique by a last line (so no two share an id). */
    public static List<Document> documents(List<String> texts, int n) {
        List<Document> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String t = texts.get(i % texts.size()) + "\nReport reference " + i + ".\n";
            out.add(new Document("d" + i, "r" + i + ".txt", "P" + (i % 7), null, null, Instant.EPOCH, t, null, null));
        }
        return out;
    }
}
