package org.vigil.ingest.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A test HTTP server on 127.0.0.1 with fixed answers per path, logging the paths asked and when. */
final class LocalServer implements AutoCloseable {
    final HttpServer server;
    final List<String> log = new CopyOnWriteArrayList<>();
    final List<Long> times = new CopyOnWriteArrayList<>();

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    LocalServer page(String path, String contentType, String body) {
        return answer(path, 200, contentType, body.getBytes(StandardCharsets.UTF_8), null);
    }

    LocalServer redirect(String path, String location) {
        return answer(path, 302, "text/plain", new byte[0], location);
    }

    LocalServer answer(String path, int status, String contentType, byte[] body, String location) {
        server.createContext(path, ex -> {
            log.add(ex.getRequestURI().getPath() + " " + ex.getRequestHeaders().getFirst("User-Agent"));
            times.add(System.nanoTime());
            ex.getResponseHeaders().add("Content-Type", contentType);
            if (location != null) {
                ex.getResponseHeaders().add("Location", location);
            }
            ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
