package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.vigil.classify.ClassificationJson;
import org.vigil.classify.PipelineTextClassifier;
import org.vigil.classify.TextClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigil classify}: JSON Lines in ({@code {"id":..., "text":..., "date": optional}}), one JSON line out per
 * input, in input order: PLOVER type and modes, ACLED event and sub-event type, protest attributes, claims.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Type short texts: PLOVER type/modes, ACLED sub-event type, protest attributes, figures (JSONL in, JSONL out).")
final class ClassifyCommand implements Callable<Integer> {
    private static final int BATCH = 512;
    private static final ObjectMapper JSON = new ObjectMapper();
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Parameters(arity = "0..1", description = "JSON Lines file (default: standard input)")
    Path input;
    @Option(names = "--threads", description = "worker threads (default: available processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    private record Line(String id, String text, LocalDate date) {
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        TextClassifier classifier = PipelineTextClassifier.standard();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        PrintWriter out = spec.commandLine().getOut();
        int bad = 0;
        try (BufferedReader r = input == null ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            List<Future<String>> batch = new ArrayList<>();
            int n = 0;
            for (String raw; (raw = r.readLine()) != null; ) {
                n++;
                if (raw.isBlank()) {
                    continue;
                }
                Line line;
                try {
                    line = parse(raw, n);
                } catch (BadLine e) {
                    bad++;
                    spec.commandLine().getErr().println("vigil classify: line " + n + " skipped: " + e.getMessage());
                    String error = JSON.writeValueAsString(JSON.createObjectNode().put("id", e.id).put("error", e.getMessage()));
                    batch.add(java.util.concurrent.CompletableFuture.completedFuture(error));
                    continue;
                }
                batch.add(pool.submit(() -> JSON.writeValueAsString(
                        ClassificationJson.of(classifier.classify(line.id(), line.text(), line.date())))));
                if (batch.size() == BATCH) {
                    flush(batch, out);
                }
            }
            flush(batch, out);
        } finally {
            pool.shutdown();
        }
        out.flush();
        return bad == 0 ? 0 : 1;
    }

    /** A line that cannot be read: its id (or line number) and what is wrong, naming the field. */
    static final class BadLine extends Exception {
        final String id;

        BadLine(String id, String message) {
            super(message);
            this.id = id;
        }
    }

    private static Line parse(String raw, int n) throws BadLine {
        JsonNode node;
        try {
            node = JSON.readTree(raw);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadLine(String.valueOf(n), "not a JSON object (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new BadLine(String.valueOf(n), "not a JSON object; expected {\"id\", \"text\", \"date\"?}");
        }
        JsonNode id = node.get("id");
        String name = id == null || id.isNull() ? String.valueOf(n) : id.asText();
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new BadLine(name, "\"text\": missing or not a string; expected the report's text");
        }
        JsonNode date = node.get("date");
        try {
            return new Line(name, text.asText(), date == null || date.isNull() || date.asText().isBlank() ? null
                    : org.vigil.classify.CodedDates.parse(date.asText()));
        } catch (IllegalArgumentException e) {
            throw new BadLine(name, e.getMessage());
        }
    }

    private static void flush(List<Future<String>> batch, PrintWriter out) throws InterruptedException {
        for (Future<String> f : batch) {
            try {
                out.println(f.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        batch.clear();
    }
}
