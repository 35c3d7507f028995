package org.vigil.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer aid: time of each step of the extractor over a folder of .html.gz pages. */
public final class ExtractTiming {
    public static void main(String[] args) throws Exception {
        List<String> pages = new ArrayList<>();
        try (var files = Files.list(Path.of(args[0]))) {
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    pages.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        for (int round = 0; round < 4; round++) {
            long[] t = new long[8];
            for (String html : pages) {
                long a = System.nanoTime();
                Document page = Jsoup.parse(html);
                long b = System.nanoTime();
                PageFacts facts = PageFacts.of(page);
                JsonLd ld = JsonLd.of(facts.jsonLd);
                long c = System.nanoTime();
                Article meta = MetadataReader.read(page, null, facts, ld);
                long d = System.nanoTime();
                Element body = page.body();
                DomPruner.removeNeverText(body);
                TextStats stats = TextStats.of(body);
                long e = System.nanoTime();
                DomPruner.removeFurniture(body, stats, 0.3);
                long f = System.nanoTime();
                List<Element> parts = CandidateScorer.select(body, stats);
                long g = System.nanoTime();
                List<BlockWriter.Line> lines = new ArrayList<>();
                parts.forEach(p -> lines.addAll(BlockWriter.lines(p)));
                LineFilter.keep(lines, stats, meta.title());
                long h = System.nanoTime();
                long[] d2 = {b - a, c - b, d - c, e - d, f - e, g - f, h - g};
                for (int i = 0; i < d2.length; i++) {
                    t[i] += d2[i];
                }
            }
            System.out.printf("parse %d jsonld %d meta %d prune+stats %d furniture+stats %d score %d write %d (ms)%n",
                    t[0] / 1000000, t[1] / 1000000, t[2] / 1000000, t[3] / 1000000, t[4] / 1000000, t[5] / 1000000, t[6] / 1000000);
        }
    }
}
