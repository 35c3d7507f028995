package org.vigil.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The reference of the throughput table: read every file (and parse a page's HTML with jsoup to its text) and split
 * it into sentences, nothing more: the floor of any pipeline over the same files, in the same run.
 */
final class ReadAndSplit {
    private ReadAndSplit() {
    }

    static double documentsPerSecond(Path folder) throws IOException {
        List<Path> files;
        try (var s = Files.list(folder)) {
            files = s.sorted().toList();
        }
        long t0 = System.nanoTime();
        long sentences = 0;
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        for (Path f : files) {
            String text = Files.readString(f);
            it.setText(f.toString().endsWith(".html") ? Jsoup.parse(text).text() : text);
            while (it.next() != BreakIterator.DONE) {
                sentences++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return sentences > 0 ? files.size() / seconds : 0;
    }
}
