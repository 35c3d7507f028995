package org.vigil.ingest.web;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads an RSS or Atom feed (with Rome): the link of every entry, in feed order. */
public final class FeedReader {
    private FeedReader() {
    }

    public static List<String> links(byte[] bytes) throws FetchException {
        try (InputStreamReader r = new InputStreamReader(SitemapReader.gunzipIfNeeded(bytes), StandardCharsets.UTF_8)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            SyndFeed feed = input.build(r);
            List<String> out = new ArrayList<>();
            for (SyndEntry e : feed.getEntries()) {
                String link = e.getLink() != null ? e.getLink() : e.getUri();
                if (link != null && !link.isBlank() && !out.contains(link.trim())) {
                    out.add(link.trim());
                }
            }
            return out;
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new FetchException("not a feed: " + e.getMessage(), e);
        }
    }
}
