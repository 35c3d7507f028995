package org.vigil.bench.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.corpus.CorpusResult;
import org.vigil.store.EventQuery;
import org.vigil.store.EventStore;
import org.vigil.store.EventStores;
import org.vigil.web.ServerSettings;
import org.vigil.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Latency of {@code GET /api/events} with filters on a large generated record, through the real server. */
@Command(name = "api", mixinStandardHelpOptions = true,
        description = "Median and p99 latency of GET /api/events (and /api/stats) with filters on a store of generated events.")
public final class ApiBench implements Callable<Integer> {
    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("first page, no filter", "/api/events");
        QUERIES.put("date range", "/api/events?from=2019-03-01&to=2019-06-30");
        QUERIES.put("bounding box", "/api/events?bbox=0,0,40,30");
        QUERIES.put("type + disputed", "/api/events?type=ASSAULT&disputed=true");
        QUERIES.put("free text", "/api/events?q=Khartoum");
        QUERIES.put("free text + dates", "/api/events?q=rights%20group&from=2020-01-01&to=2020-12-31");
        QUERIES.put("sources + news only", "/api/events?min_sources=3&historical=false");
        QUERIES.put("deep page (offset 50,000)", "/api/events?offset=50000");
        QUERIES.put("CSV, 1,000 rows", "/api/events?format=csv&limit=1000&type=PROTEST");
        QUERIES.put("stats by day/type/place", "/api/stats?type=PROTEST");
    }

    @Option(names = "--events", description = "events in the generated store (default: ${DEFAULT-VALUE})", defaultValue = "100000")
    int events;
    @Option(names = "--requests", description = "timed requests per query (default: ${DEFAULT-VALUE})", defaultValue = "200")
    int requests;
    @Option(names = "--db", description = "store to reuse (made when missing; default: a temporary file)")
    Path db;

    @Override
    public Integer call() throws Exception {
        Path file = db != null ? db : Files.createTempDirectory("vigil-api-bench").resolve("bench.db");
        try (EventStore store = EventStores.sqlite(file)) {
            if (store.events(EventQuery.all()).total() != events) {
                long t0 = System.nanoTime();
                store.replaceCorpus(new CorpusResult(List.of(), new SyntheticRecord(42).events(events)));
                System.out.printf("store: %,d generated events written in %.1f s (%s)%n", events, (System.nanoTime() - t0) / 1e9, file);
            }
            try (WebServer server = new WebServer(store, null, ServerSettings.loopback(0)).start()) {
                run("http://127.0.0.1:" + server.port());
            }
        }
        return 0;
    }

    private void run(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String q : QUERIES.values()) {
            for (int i = 0; i < 30; i++) {
                get(http, base + q);
            }
        }
        Map<String, long[]> times = new LinkedHashMap<>();
        QUERIES.keySet().forEach(k -> times.put(k, new long[requests]));
        for (int i = 0; i < requests; i++) {
            for (var e : QUERIES.entrySet()) {
                long t0 = System.nanoTime();
                get(http, base + e.getValue());
                times.get(e.getKey())[i] = System.nanoTime() - t0;
            }
        }
        print(times);
    }

    private static void get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + new String(r.body()));
        }
    }

    private void print(Map<String, long[]> times) {
        System.out.printf("%nGET latency on %,d events, %d timed requests per query, one client, loopback%n", events, requests);
        System.out.printf("%-28s %10s %10s %10s%n", "query", "median ms", "p99 ms", "max ms");
        List<Long> all = new ArrayList<>();
        times.forEach((name, t) -> {
            long[] s = t.clone();
            Arrays.sort(s);
            Arrays.stream(s).forEach(all::add);
            System.out.printf("%-28s %10.2f %10.2f %10.2f%n", name, ms(pct(s, 50)), ms(pct(s, 99)), ms(s[s.length - 1]));
        });
        long[] s = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-28s %10.2f %10.2f %10.2f   (goal: p99 < 50 ms)%n", "all queries", ms(pct(s, 50)), ms(pct(s, 99)), ms(s[s.length - 1]));
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long ns) {
        return ns / 1e6;
    }
}
