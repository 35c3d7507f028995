package org.vigil.bench.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.vigil.bench.realnews.RealNewsTexts;

/**
 * The default input of {@code ./bench throughput}: real news written by others, from {@code ../shared/bench},
 * written out as the files an ingest reads: the 1,044 texts of LGL, GeoWebNews and TimeBank/AQUAINT as {@code .txt},
 * and the 181 Zyte pages as {@code .html} (uncompressed, so MB/s counts HTML bytes).
 */
final class RealNewsFolders {
    private RealNewsFolders() {
    }

    static Path texts(Path bench, Path out) throws IOException {
        Files.createDirectories(out);
        RealNewsTexts texts = new RealNewsTexts(bench);
        for (String id : texts.newsIds()) {
            Files.writeString(out.resolve(id.replace(':', '-').replace('/', '_') + ".txt"), texts.text(id), StandardCharsets.UTF_8);
        }
        return out;
    }

    static Path pages(Path bench, Path out) throws IOException {
        Files.createDirectories(out);
        for (Path gz : new RealNewsTexts(bench).zytePages()) {
            String name = gz.getFileName().toString();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                Files.write(out.resolve(name.substring(0, name.length() - 3)), in.readAllBytes());
            }
        }
        return out;
    }
}
