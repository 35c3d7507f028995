package org.vigil.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The Zyte article-extraction benchmark on disk: {@code ground-truth.json} (id to articleBody and url),
 * {@code html/ID.html.gz} (UTF-8 pages) and {@code peers/NAME.json} (a peer's articleBody per id, either at the
 * top level or under "output").
 */
record BenchmarkData(Map<String, String> truth, Map<String, String> urls, Map<String, String> html,
                     Map<String, Map<String, String>> peers) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static BenchmarkData load(Path dir) throws IOException {
        JsonNode gt = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, String> truth = new TreeMap<>();
        Map<String, String> urls = new TreeMap<>();
        Map<String, String> html = new TreeMap<>();
        for (var it = gt.fields(); it.hasNext(); ) {
            var e = it.next();
            truth.put(e.getKey(), e.getValue().path("articleBody").asText(""));
            urls.put(e.getKey(), e.getValue().path("url").asText(null));
            html.put(e.getKey(), gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz")));
        }
        return new BenchmarkData(truth, urls, html, peers(dir.resolve("peers")));
    }

    private static Map<String, Map<String, String>> peers(Path dir) throws IOException {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode n = JSON.readTree(f.toFile());
            JsonNode outputs = n.has("output") ? n.get("output") : n;
            Map<String, String> texts = new TreeMap<>();
            for (var it = outputs.fields(); it.hasNext(); ) {
                var e = it.next();
                JsonNode v = e.getValue();
                texts.put(e.getKey(), v.isTextual() ? v.asText() : v.path("articleBody").asText(""));
            }
            String name = f.getFileName().toString();
            out.put(name.substring(0, name.length() - 5), texts);
        }
        return out;
    }

    static String gunzip(Path p) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
