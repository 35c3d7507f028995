package org.vigil.ingest.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/** Reads the HTML pages of a WARC file (.warc or .warc.gz, with jwarc): response records of status 200. */
public final class WarcPages {
    private WarcPages() {
    }

    public static List<WebPage> read(Path file, long maxBytes) throws FetchException {
        List<WebPage> out = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse response)) {
                    continue;
                }
                HttpResponse http = response.http();
                if (http.status() != 200) {
                    continue;
                }
                String type = http.headers().first("Content-Type").orElse(null);
                byte[] body = http.body().stream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes));
                WebPage page = new WebPage(response.target(), body, type, response.date());
                if (page.isHtml()) {
                    out.add(page);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new FetchException("cannot read WARC " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
