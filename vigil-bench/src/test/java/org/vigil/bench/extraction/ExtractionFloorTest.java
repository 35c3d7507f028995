package org.vigil.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The extraction benchmark on ../shared: Vigil must stay above the floors kept in floors.properties. */
class ExtractionFloorTest {

    static Path benchmark() {
        String shared = System.getenv("VIGIL_SHARED");
        Path dir = (shared != null ? Path.of(shared) : Path.of("..", "..", "shared")).resolve("bench/article-extraction");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("..", "..", "shared", "bench", "article-extraction");
        }
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "no ../shared benchmark");
        }
        return dir;
    }

    static Properties floors() throws Exception {
        Properties p = new Properties();
        try (InputStream in = ExtractionFloorTest.class.getResourceAsStream("/extraction/floors.properties")) {
            p.load(in);
        }
        return p;
    }

    @Test
    void vigilStaysAboveTheFloorsAndPeersMatchTheirPublishedFigures() throws Exception {
        Path dir = benchmark();
        Properties floors = floors();
        ExtractionBenchmark.Result r = ExtractionBenchmark.run(dir, 50, 0);
        ExtractionCommand.print(r, System.out);
        ShingleScorer.Score v = r.vigil();
        assertTrue(v.f1() >= Double.parseDouble(floors.getProperty("f1")), "F1 " + v.f1());
        assertTrue(v.precision() >= Double.parseDouble(floors.getProperty("precision")), "P " + v.precision());
        assertTrue(v.recall() >= Double.parseDouble(floors.getProperty("recall")), "R " + v.recall());
        double tolerance = Double.parseDouble(floors.getProperty("peer.tolerance"));
        for (String key : floors.stringPropertyNames()) {
            if (key.startsWith("peer.") && !key.equals("peer.tolerance")) {
                String peer = key.substring(5);
                assertEquals(Double.parseDouble(floors.getProperty(key)), r.scores().get(peer).f1(), tolerance, peer);
            }
        }
        ExtractionBenchmark.DateCheck d = r.dates();
        assertTrue(d.exact() >= Double.parseDouble(floors.getProperty("dates.exact")) * d.withGold(), "dates " + d);
    }
}
