package org.vigil.bench.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.vigil.geo.Geoparser;

class GeoparsingFloorTest {
    private static final Path DIR = Path.of("../../shared/bench/geoparsing");

    @Test
    void vigilStaysAboveItsFloorsAndThePeersScoreAsPublished() throws Exception {
        Path dir = Files.isDirectory(DIR) ? DIR : Path.of("../shared/bench/geoparsing");
        Assumptions.assumeTrue(Files.isDirectory(dir) || "true".equals(System.getenv("CI")), "shared/bench/geoparsing missing");
        assertTrue(Files.isDirectory(dir), "shared/bench/geoparsing missing under CI");
        Properties floors = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/geoparsing/floors.properties")) {
            floors.load(in);
        }
        List<GeoparsingBenchmark.Result> results = new GeoparsingBenchmark(Geoparser.standard()).run(dir);
        assertEquals(2, results.size());
        GeoScores lgl = results.get(0).vigil();
        GeoScores gwn = results.get(1).vigil();
        assertTrue(lgl.f1() >= d(floors, "lgl.f1"), "LGL F1 " + lgl.f1());
        assertTrue(lgl.accuracy161() >= d(floors, "lgl.acc161"), "LGL acc@161 " + lgl.accuracy161());
        assertTrue(gwn.f1() >= d(floors, "gwn.f1"), "GWN F1 " + gwn.f1());
        assertTrue(gwn.accuracy161() >= d(floors, "gwn.acc161"), "GWN acc@161 " + gwn.accuracy161());
        assertTrue(lgl.auc() <= d(floors, "lgl.auc.max"), "LGL AUC " + lgl.auc());
        assertTrue(gwn.auc() <= d(floors, "gwn.auc.max"), "GWN AUC " + gwn.auc());
        GeoScores edinburgh = results.get(0).scores().stream().filter(s -> s.system().equals("Edinburgh")).findFirst().orElseThrow();
        assertEquals(0.62, edinburgh.f1(), 0.005, "the scorer reproduces the published Edinburgh F1 on LGL");
        assertEquals(0.76, edinburgh.accuracy161(), 0.005, "and its acc@161");
    }

    private static double d(Properties p, String k) {
        return Double.parseDouble(p.getProperty(k));
    }
}
