package org.vigil.bench.realnews;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.bench.geo.GeoCorpora;
import org.vigil.bench.time.TimeMLReader;

/**
 * The real news texts of {@code ../shared/bench} by the ids the project's labels use: {@code lgl:N} (the N-th
 * article of LGL), {@code gwn:N} (GeoWebNews file N), {@code zyte:PREFIX} (the article body of the Zyte page whose
 * id starts with PREFIX), {@code tb:NAME} (the TimeBank or AQUAINT document NAME, tags stripped). Read once, lazily
 * per source.
 */
public final class RealNewsTexts {
    private final Path bench;
    private List<GeoCorpora.LglArticle> lgl;
    private Map<String, String> zyte;
    private final Map<String, String> cache = new HashMap<>();

    public RealNewsTexts(Path bench) {
        this.bench = bench;
    }

    /** The text of a labelled document; fails when the id names no text of the benchmarks. */
    public String text(String id) throws IOException {
        String cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        String source = id.substring(0, id.indexOf(':'));
        String key = id.substring(id.indexOf(':') + 1);
        String text = switch (source) {
            case "lgl" -> lgl().get(Integer.parseInt(key)).text();
            case "gwn" -> Files.readString(bench.resolve("geoparsing/geowebnews/Geocoding/files").resolve(key), StandardCharsets.UTF_8);
            case "zyte" -> zyteText(key);
            case "tb" -> TimeMLReader.read(timeBank(key)).text();
            default -> throw new IOException("unknown source of " + id);
        };
        cache.put(id, text);
        return text;
    }

    /**
     * The publication day the source gives, as an ingest would have it from the page or feed: LGL's download time
     * (the feed was read as the articles appeared), TimeBank/AQUAINT's document creation time; else null.
     */
    public java.time.LocalDate published(String id) throws IOException {
        String key = id.substring(id.indexOf(':') + 1);
        if (id.startsWith("lgl:")) {
            return lgl().get(Integer.parseInt(key)).downloaded();
        }
        return id.startsWith("tb:") ? TimeMLReader.read(timeBank(key)).dct() : null;
    }

    /** The ids of every news text of LGL, GeoWebNews and TimeBank/AQUAINT (1,044), in a fixed order. */
    public List<String> newsIds() throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < lgl().size(); i++) {
            ids.add("lgl:" + i);
        }
        try (var files = Files.list(bench.resolve("geoparsing/geowebnews/Geocoding/files"))) {
            files.map(f -> f.getFileName().toString()).sorted().forEach(n -> ids.add("gwn:" + n));
        }
        for (String sub : List.of("TimeBank", "AQUAINT")) {
            try (var files = Files.list(bench.resolve("tempeval3/Training/TBAQ-cleaned").resolve(sub))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tml")).sorted()
                        .forEach(n -> ids.add("tb:" + n.substring(0, n.length() - 4)));
            }
        }
        return ids;
    }

    /** Every Zyte page (gzipped HTML, 181), in a fixed order. */
    public List<Path> zytePages() throws IOException {
        try (var files = Files.list(bench.resolve("article-extraction/html"))) {
            return files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    /** The Zyte page (gzipped HTML) of a labelled {@code zyte:} id, for ingesting it as a page. */
    public Path zytePage(String prefix) throws IOException {
        String full = zyteIds().keySet().stream().filter(k -> k.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new IOException("no Zyte page " + prefix));
        return bench.resolve("article-extraction/html").resolve(full + ".html.gz");
    }

    private List<GeoCorpora.LglArticle> lgl() throws IOException {
        if (lgl == null) {
            lgl = GeoCorpora.lglArticles(bench.resolve("geoparsing/lgl/lgl.xml"));
        }
        return lgl;
    }

    private String zyteText(String prefix) throws IOException {
        Optional<String> full = zyteIds().keySet().stream().filter(k -> k.startsWith(prefix)).findFirst();
        return zyteIds().get(full.orElseThrow(() -> new IOException("no Zyte page " + prefix)));
    }

    private Map<String, String> zyteIds() throws IOException {
        if (zyte == null) {
            JsonNode gt = new ObjectMapper().readTree(bench.resolve("article-extraction/ground-truth.json").toFile());
            zyte = new HashMap<>();
            gt.fields().forEachRemaining(e -> zyte.put(e.getKey(), e.getValue().path("articleBody").asText("")));
        }
        return zyte;
    }

    private Path timeBank(String name) throws IOException {
        for (String sub : List.of("TimeBank", "AQUAINT")) {
            Path p = bench.resolve("tempeval3/Training/TBAQ-cleaned").resolve(sub).resolve(name + ".tml");
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IOException("no TimeBank/AQUAINT document " + name);
    }
}
