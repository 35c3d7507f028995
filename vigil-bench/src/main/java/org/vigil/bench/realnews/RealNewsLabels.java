package org.vigil.bench.realnews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The project's labels of real news ({@code labels/realnews/labels.jsonl}, see its README): per document its
 * split (dev or test), relevance, topic and events, every span as offsets into the text with the first 8 hex
 * digits of the SHA-256 of its words, checked on reading so a label never points at other words.
 */
public final class RealNewsLabels {
    public static final String DEFAULT_FILE = "labels/realnews/labels.jsonl";

    /** A span of the text: offsets and the words they cover. */
    public record Quote(int start, int end, String text) {
    }

    public record Figure(String kind, int low, int high, Quote quote, Quote claimant, boolean hedge) {
    }

    public record LabelledEvent(Quote quote, String plover, String acled, String timeframe, Quote place, Quote date,
                                List<Figure> figures) {
    }

    /** One labelled document; {@code published} is the day its source gives (LGL's download day, TimeBank's DCT), or null. */
    public record LabelledDocument(String id, String split, boolean relevant, String topic, String text,
                                   java.time.LocalDate published, List<LabelledEvent> events) {
        public boolean test() {
            return "test".equals(split);
        }
    }

    private RealNewsLabels() {
    }

    public static List<LabelledDocument> read(Path labels, Path bench) throws IOException {
        RealNewsTexts texts = new RealNewsTexts(bench);
        List<LabelledDocument> out = new ArrayList<>();
        for (JsonNode r : records(labels)) {
            String id = r.get("doc").asText();
            String text = texts.text(id);
            List<LabelledEvent> events = new ArrayList<>();
            for (JsonNode e : r.path("events")) {
                List<Figure> figures = new ArrayList<>();
                for (JsonNode f : e.path("figures")) {
                    figures.add(new Figure(f.get("kind").asText(), f.get("low").asInt(), f.get("high").asInt(),
                            quote(id, text, f.get("quote")), quote(id, text, f.get("claimant")), f.get("hedge").asBoolean()));
                }
                events.add(new LabelledEvent(quote(id, text, e.get("quote")), e.get("plover").asText(),
                        e.path("acled").isNull() ? null : e.path("acled").asText(null), e.get("timeframe").asText(),
                        quote(id, text, e.get("place")), quote(id, text, e.get("date")), figures));
            }
            out.add(new LabelledDocument(id, r.get("split").asText(), r.get("relevant").asBoolean(),
                    r.get("topic").asText(), text, texts.published(id), events));
        }
        return out;
    }

    /** The JSON objects of a labels file, one per non-blank line. */
    static List<JsonNode> records(Path labels) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }

    static Quote quote(String id, String text, JsonNode span) throws IOException {
        if (span == null || span.isNull()) {
            return null;
        }
        int start = span.get(0).asInt();
        int end = span.get(1).asInt();
        if (end > text.length() || start < 0 || start > end) {
            throw new IOException(id + ": span " + start + ".." + end + " outside the text");
        }
        String words = text.substring(start, end);
        if (!sha8(words).equals(span.get(2).asText())) {
            throw new IOException(id + ": span " + start + ".." + end + " no longer holds the labelled words");
        }
        return new Quote(start, end, words);
    }

    static String sha8(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
