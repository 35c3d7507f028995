package org.vigil.ingest.web;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fuzzing the feed, sitemap and WARC readers: any bytes are read or refused with a FetchException, nothing else. */
class WebReadersFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void feedsAndSitemapsAreReadOrRefused(FuzzedDataProvider data) {
        byte[] bytes = data.consumeRemainingAsBytes();
        try {
            FeedReader.links(bytes);
        } catch (FetchException expected) {
            // refused with a reason: fine
        }
        try {
            SitemapReader.read(bytes);
        } catch (FetchException expected) {
            // refused with a reason: fine
        }
    }

    @FuzzTest(maxDuration = "10m")
    void warcFilesAreReadOrRefused(FuzzedDataProvider data) throws Exception {
        Path f = Files.createTempFile("fuzz", data.consumeBoolean() ? ".warc" : ".warc.gz");
        try {
            Files.write(f, data.consumeRemainingAsBytes());
            WarcPages.read(f, 1 << 20);
        } catch (FetchException expected) {
            // refused with a reason: fine
        } finally {
            Files.deleteIfExists(f);
        }
    }
}
