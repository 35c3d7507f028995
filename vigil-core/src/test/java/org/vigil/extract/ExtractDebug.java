package org.vigil.extract;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Developer aid: shows the candidates and the parts the extractor chose on one benchmark page. */
public final class ExtractDebug {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (var files = Files.list(dir)) {
            Path f = files.filter(p -> p.getFileName().toString().startsWith(args[1])).findFirst().orElseThrow();
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Document page = Jsoup.parse(html);
            Element body = page.body();
            DomPruner.removeNeverText(body);
            TextStats stats = TextStats.of(body);
            System.out.println("furniture removed: " + DomPruner.removeFurniture(body, stats, 0.3));
            stats = TextStats.of(body);
            for (Element e : CandidateScorer.select(body, stats)) {
                System.out.println("PART " + describe(e, stats));
            }
        }
    }

    static String describe(Element e, TextStats stats) {
        TextStats.Counts c = stats.get(e);
        return "<" + e.normalName() + " class='" + e.className() + "' id='" + e.id() + "'> chars " + c.chars
                + " prose " + c.prose + " ld " + String.format("%.2f", c.linkDensity()) + " path " + e.cssSelector();
    }
}
