package org.vigil.bench.extraction;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.vigil.extract.Article;
import org.vigil.extract.ArticleExtractor;
import org.vigil.extract.ScoringArticleExtractor;

/**
 * Runs Vigil's extractor on every page of the benchmark, scores it and every peer output with the same
 * {@link ShingleScorer}, times the extractor against a bare jsoup parse of the same pages, and checks the
 * publication dates Vigil reads from the markup against the dates the ground truth's URLs carry.
 */
public final class ExtractionBenchmark {
    /** The pages are read with no URL, so a date can only come from the markup. */
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)/(\\d\\d)/(\\d\\d)/");

    /** Scores by name (Vigil first), speed, and the date check. */
    public record Result(Map<String, ShingleScorer.Score> scores, Map<String, String> vigilTexts,
                         double extractPagesPerSecond, double parsePagesPerSecond, DateCheck dates) {
        public ShingleScorer.Score vigil() {
            return scores.get("vigil");
        }

        public double slowdown() {
            return parsePagesPerSecond / extractPagesPerSecond;
        }
    }

    /** Pages whose truth URL holds a day; how many of them Vigil dated, and how many to the day or within one. */
    public record DateCheck(int withGold, int dated, int exact, int withinOneDay, int datedAll, int pages) {
    }

    private ExtractionBenchmark() {
    }

    public static Result run(Path dir, int bootstrap, int timingRounds) throws IOException {
        BenchmarkData data = BenchmarkData.load(dir);
        ArticleExtractor extractor = new ScoringArticleExtractor();
        Map<String, String> texts = new TreeMap<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        for (var e : data.html().entrySet()) {
            Article a = extractor.extract(e.getValue(), null);
            texts.put(e.getKey(), a.text());
            dates.put(e.getKey(), a.published());
        }
        Map<String, ShingleScorer.Score> scores = new LinkedHashMap<>();
        scores.put("vigil", ShingleScorer.score(data.truth(), texts, bootstrap, 42));
        for (var p : data.peers().entrySet()) {
            scores.put(p.getKey(), ShingleScorer.score(data.truth(), p.getValue(), bootstrap, 42));
        }
        double[] speed = speed(data, extractor, timingRounds);
        return new Result(scores, texts, speed[0], speed[1], dateCheck(data, dates));
    }

    /** Pages per second of the extractor and of a bare parse, best of the rounds after one warm-up round. */
    static double[] speed(BenchmarkData data, ArticleExtractor extractor, int rounds) {
        double bestExtract = Double.MAX_VALUE;
        double bestParse = Double.MAX_VALUE;
        for (int r = 0; r <= rounds; r++) {
            long t0 = System.nanoTime();
            for (String html : data.html().values()) {
                Jsoup.parse(html);
            }
            long t1 = System.nanoTime();
            for (String html : data.html().values()) {
                extractor.extract(html, null);
            }
            long t2 = System.nanoTime();
            if (r > 0 || rounds == 0) {
                bestParse = Math.min(bestParse, (t1 - t0) / 1e9);
                bestExtract = Math.min(bestExtract, (t2 - t1) / 1e9);
            }
        }
        int n = data.html().size();
        return new double[] {n / bestExtract, n / bestParse};
    }

    static DateCheck dateCheck(BenchmarkData data, Map<String, LocalDate> dates) {
        int gold = 0;
        int dated = 0;
        int exact = 0;
        int near = 0;
        int datedAll = 0;
        for (var e : data.urls().entrySet()) {
            LocalDate found = dates.get(e.getKey());
            datedAll += found != null ? 1 : 0;
            Matcher m = e.getValue() == null ? null : URL_DATE.matcher(e.getValue());
            if (m == null || !m.find()) {
                continue;
            }
            LocalDate truth;
            try {
                truth = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException ex) {
                continue;
            }
            gold++;
            if (found != null) {
                dated++;
                exact += found.equals(truth) ? 1 : 0;
                near += Math.abs(found.toEpochDay() - truth.toEpochDay()) <= 1 ? 1 : 0;
            }
        }
        return new DateCheck(gold, dated, exact, near, datedAll, data.urls().size());
    }
}
