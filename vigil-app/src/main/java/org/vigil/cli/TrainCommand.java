package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.classify.LinearModel;
import org.vigil.classify.ModelFiles.Task;
import org.vigil.train.CodedText;
import org.vigil.train.TextModelTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vigil train --labels FILE.csv|jsonl --task relevance|plover|acled}: learns a team's own coding from its
 * coded texts, prints k-fold cross-validated figures and writes the model ({@code --model} or {@code VIGIL_MODEL}
 * then selects a relevance model for ingest and serve).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a model on your own coded texts (CSV with a header, or JSONL) and print cross-validated figures.")
final class TrainCommand implements Callable<Integer> {
    /** Column names read as the text, and as the code of each task, first found wins. */
    static final List<String> TEXT = List.of("text", "notes", "sentence");
    static final Map<Task, List<String>> LABEL = Map.of(
            Task.RELEVANCE, List.of("relevant", "relevance", "label"),
            Task.PLOVER, List.of("plover", "event_type", "type", "label"),
            Task.ACLED, List.of("sub_event_type", "acled_sub_event_type", "label"));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Option(names = "--labels", required = true, description = "coded texts: .csv (header row) or .jsonl, one text and its code each")
    Path labels;
    @Option(names = "--task", required = true, description = "relevance, plover or acled")
    String task;
    @Option(names = "--out", description = "model file to write (default: ${DEFAULT-VALUE})", defaultValue = "vigil.model")
    Path out;
    @Option(names = "--folds", description = "cross-validation folds; 0: none (default: ${DEFAULT-VALUE})", defaultValue = "5")
    int folds;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Task t;
        try {
            t = Task.valueOf(task.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            err.println("vigil: --task must be relevance, plover or acled, not '" + task + "'");
            return 2;
        }
        List<CodedText> texts;
        try {
            texts = read(labels, t);
        } catch (IllegalArgumentException e) {
            err.println("vigil: " + labels + ": " + e.getMessage());
            return 2;
        }
        if (texts.size() < Math.max(2, folds)) {
            err.println("vigil: " + labels + ": " + texts.size() + " coded texts; at least " + Math.max(2, folds) + " needed");
            return 2;
        }
        PrintWriter o = spec.commandLine().getOut();
        if (folds > 1) {
            TextModelTrainer.Figures f = TextModelTrainer.crossValidate(t, texts, folds);
            o.printf(Locale.ROOT, "%d-fold cross-validation on %d texts: accuracy %.3f, weighted F1 %.3f%s%n", f.folds(), f.n(),
                    f.accuracy(), f.weightedF1(), t == Task.RELEVANCE
                            ? String.format(Locale.ROOT, ", relevant P %.3f R %.3f F1 %.3f", f.precision(), f.recall(), f.f1()) : "");
        }
        LinearModel m = TextModelTrainer.train(t, texts);
        try (OutputStream w = Files.newOutputStream(out)) {
            m.write(w);
        }
        o.println("wrote " + out + " (" + m.labels().size() + " labels, " + Files.size(out) + " bytes)");
        o.flush();
        return 0;
    }

    static List<CodedText> read(Path file, Task task) throws IOException {
        List<CodedText> out = new ArrayList<>();
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        ObjectMapper mapper = csv ? new CsvMapper() : new ObjectMapper();
        var reader = csv ? mapper.readerFor(JsonNode.class).with(CsvSchema.emptySchema().withHeader())
                : mapper.readerFor(JsonNode.class);
        try (MappingIterator<JsonNode> it = reader.readValues(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            int n = 0;
            while (it.hasNextValue()) {
                JsonNode row = it.nextValue();
                n++;
                String text = field(row, TEXT);
                String label = field(row, LABEL.get(task));
                if (text == null || label == null) {
                    throw new IllegalArgumentException("record " + n + " lacks a text (" + String.join("/", TEXT)
                            + ") or a code (" + String.join("/", LABEL.get(task)) + ")");
                }
                out.add(new CodedText(Integer.toString(n), text, label));
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not " + (csv ? "CSV" : "JSONL") + ": " + e.getOriginalMessage());
        }
        return out;
    }

    private static String field(JsonNode row, List<String> names) {
        for (String n : names) {
            JsonNode v = row.get(n);
            if (v != null && !v.isNull() && !v.asText().isBlank()) {
                return v.asText().trim();
            }
        }
        return null;
    }
}
