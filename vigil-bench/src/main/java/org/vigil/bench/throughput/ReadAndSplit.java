package org.vigil.bench.throughput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;

/** The reference of the throughput table: read every file and split it into sentences, nothing more. */
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
            it.setText(Files.readString(f));
            while (it.next() != BreakIterator.DONE) {
                sentences++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return sentences > 0 ? files.size() / seconds : 0;
    }
}
