package org.vigil.bench.geo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.vigil.geo.Geoparser;
import org.vigil.geo.Toponym;

/**
 * Runs Vigil's geoparser over LGL and GeoWebNews and scores it, and the peers' shipped outputs, with one scorer
 * ({@link GeoScorer}) in the same run. Vigil's output is every place it reports, as {@code vigil geoparse} does.
 */
public final class GeoparsingBenchmark {
    /** The scores of one corpus: Vigil first, then the peers, and the gold indexes all of them geocoded. */
    public record Result(GeoCorpus corpus, List<GeoScores> scores, List<Integer> common,
                         List<List<GeoToponym>> vigilOutput) {
        public GeoScores vigil() {
            return scores.get(0);
        }
    }

    private final Geoparser geoparser;

    public GeoparsingBenchmark(Geoparser geoparser) {
        this.geoparser = geoparser;
    }

    /** Both corpora under {@code dir} (shared/bench/geoparsing); a corpus whose folder is missing is skipped. */
    public List<Result> run(Path dir) throws IOException {
        List<Result> out = new ArrayList<>();
        if (Files.isDirectory(dir.resolve("lgl"))) {
            out.add(score(GeoCorpora.lgl(dir.resolve("lgl"))));
        }
        if (Files.isDirectory(dir.resolve("geowebnews"))) {
            out.add(score(GeoCorpora.geoWebNews(dir.resolve("geowebnews"))));
        }
        return out;
    }

    public Result score(GeoCorpus c) {
        List<List<GeoToponym>> vigil = IntStream.range(0, c.texts().size()).parallel()
                .mapToObj(i -> toGeo(geoparser.parse(c.texts().get(i)))).toList();
        List<GeoScores> scores = new ArrayList<>();
        scores.add(GeoScorer.score("Vigil", c.gold(), vigil, false));
        for (Map.Entry<String, List<List<GeoToponym>>> p : c.peers().entrySet()) {
            scores.add(GeoScorer.score(p.getKey(), c.gold(), p.getValue(), c.nameOnly().contains(p.getKey())));
        }
        return new Result(c, scores, GeoScorer.common(scores), vigil);
    }

    static List<GeoToponym> toGeo(List<Toponym> ts) {
        List<GeoToponym> out = new ArrayList<>(ts.size());
        for (Toponym t : ts) {
            out.add(new GeoToponym(t.span().start(), t.span().end(), t.text(), t.place().lat(), t.place().lon()));
        }
        return out;
    }

    public static void print(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %d documents, %d gold toponyms with coordinates; %d geocoded by every system%n",
                r.corpus().name(), r.corpus().texts().size(), r.vigil().goldCount(), r.common().size());
        out.printf(Locale.ROOT, "%-12s %6s %6s %6s %7s | %6s %8s %9s %9s %6s | %s%n", "system", "P", "R", "F1",
                "F1 ovl", "placed", "acc@161", "mean km", "median km", "AUC", "common: acc@161   AUC");
        for (GeoScores s : r.scores()) {
            List<Double> common = r.common().stream().map(i -> s.errors().get(i)).toList();
            out.printf(Locale.ROOT, "%-12s %6.3f %6.3f %6.3f %7.3f | %6d %7.1f%% %9.0f %9.1f %6.3f |         %5.1f%% %6.3f%s%n",
                    s.system(), s.precision(), s.recall(), s.f1(), s.overlapF1(), s.geocoded(), 100 * s.accuracy161(),
                    s.meanKm(), s.medianKm(), s.auc(), 100 * GeoScores.accuracy161(common), GeoScores.auc(common),
                    r.corpus().nameOnly().contains(s.system()) ? "  (offsets unusable: matched by name only)" : "");
        }
        out.println();
    }
}
