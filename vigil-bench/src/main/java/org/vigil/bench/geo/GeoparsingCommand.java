package org.vigil.bench.geo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.geo.Gazetteer;
import org.vigil.geo.Gazetteers;
import org.vigil.geo.Geoparser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigil-bench geoparsing DIR}: LGL and GeoWebNews, Vigil beside the peers' outputs, one scorer. */
@Command(name = "geoparsing", mixinStandardHelpOptions = true,
        description = "Geotagging P/R/F1 and geocoding acc@161km, mean/median km, AUC on LGL and GeoWebNews.")
public final class GeoparsingCommand implements Callable<Integer> {
    @Parameters(index = "0", description = "shared/bench/geoparsing folder")
    Path dir;

    @Option(names = "--gazetteer", description = "gazetteer file (default: VIGIL_GAZETTEER or the shipped one)")
    Path gazetteer;

    @Option(names = "--errors", description = "also list Vigil's geocoding errors above this many km (gold vs Vigil)")
    Double errorsKm;

    @Override
    public Integer call() throws Exception {
        if (gazetteer != null) {
            Gazetteers.use(gazetteer);
        }
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteers.standard();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("gazetteer: %d entries, loaded in %.1f s, heap in use %d MB%n", g.size(),
                (System.nanoTime() - t0) / 1e9, (rt.totalMemory() - rt.freeMemory()) >> 20);
        long t1 = System.nanoTime();
        List<GeoparsingBenchmark.Result> results = new GeoparsingBenchmark(new Geoparser(g)).run(dir);
        for (GeoparsingBenchmark.Result r : results) {
            GeoparsingBenchmark.print(r, System.out);
            if (errorsKm != null) {
                GeoErrors.print(r, errorsKm, System.out);
            }
        }
        System.out.printf("Vigil geoparsed both corpora in %.1f s%n", (System.nanoTime() - t1) / 1e9);
        return results.isEmpty() ? 1 : 0;
    }
}
