package org.vigil.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.vigil.ingest.DocumentLoader;
import org.vigil.assembly.PipelineAnalyser;
import org.vigil.ingest.IngestSummary;
import org.vigil.ingest.Ingestor;
import org.vigil.ingest.SourceMetadata;
import org.vigil.assembly.StandardPipeline;
import org.vigil.store.EventStore;
import org.vigil.store.Json;
import org.vigil.store.EventStores;

/** A server on a free loopback port over a fresh store holding the demo corpus (demo/kazerun). */
final class DemoServer implements AutoCloseable {
    /** The submission key of every demo server. */
    static final String SUBMISSION_KEY = "test-submission-key-3b7d";
    final EventStore store;
    final WebServer server;
    final HttpClient http = HttpClient.newHttpClient();

    DemoServer(Path dir, String token) {
        store = org.vigil.store.TestStores.open(dir, "web");
        Ingestor ingestor = new Ingestor(store, new PipelineAnalyser(StandardPipeline.create()), StandardPipeline.corpusAnalyzer(),
                new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES), 2);
        IngestSummary s = ingestor.ingest(List.of(Path.of("..", "demo", "kazerun").toString()), SourceMetadata.NONE, m -> { });
        if (!s.failures().isEmpty() || s.added() == 0) {
            throw new IllegalStateException("demo corpus not ingested: " + s.failures());
        }
        server = new WebServer(store, ingestor, new ServerSettings("127.0.0.1", 0, token, 64 * 1024)
                .withSubmissionKey(SUBMISSION_KEY)).start();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
