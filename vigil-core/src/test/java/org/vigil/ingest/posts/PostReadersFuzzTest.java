package org.vigil.ingest.posts;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fuzzing the Telegram and X readers: any bytes are read (bad posts reported) or refused with a PostFileException. */
class PostReadersFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void exportsAreReadOrRefused(FuzzedDataProvider data) throws Exception {
        Path dir = Files.createTempDirectory("fuzz");
        Path f = dir.resolve("tweets.js");
        try {
            Files.write(f, data.consumeRemainingAsBytes());
            for (PostReader reader : new PostReader[] {new TelegramExportReader(4096, null), new XArchiveReader(4096, "fuzz")}) {
                try {
                    reader.read(f, new CollectingSink());
                } catch (PostFileException expected) {
                    // refused with a reason: fine
                }
            }
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }
}
