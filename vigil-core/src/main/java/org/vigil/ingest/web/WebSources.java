package org.vigil.ingest.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the web inputs of an ingest into page URLs: a feed or a sitemap given as a file or a URL (child
 * sitemaps of an index followed, up to {@link #MAX_SITEMAPS}), or a file listing one URL a line ('#' comments).
 */
public final class WebSources {
    static final int MAX_SITEMAPS = 50;
    private final PageFetcher fetcher;

    public WebSources(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public List<String> feed(String fileOrUrl) throws FetchException {
        return FeedReader.links(bytes(fileOrUrl));
    }

    public List<String> sitemap(String fileOrUrl) throws FetchException {
        Set<String> pages = new LinkedHashSet<>();
        Set<String> done = new LinkedHashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(List.of(fileOrUrl));
        while (!todo.isEmpty() && done.size() < MAX_SITEMAPS) {
            String next = todo.poll();
            if (!done.add(next)) {
                continue;
            }
            SitemapReader.Sitemap s = SitemapReader.read(bytes(next));
            pages.addAll(s.pages());
            todo.addAll(s.sitemaps());
        }
        return new ArrayList<>(pages);
    }

    public static List<String> urlList(Path file) throws FetchException {
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String t = line.replaceAll("#.*", "").trim();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
            return out;
        } catch (IOException e) {
            throw new FetchException("cannot read URL list " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] bytes(String fileOrUrl) throws FetchException {
        if (fileOrUrl.startsWith("http://") || fileOrUrl.startsWith("https://")) {
            return fetcher.fetch(fileOrUrl).body();
        }
        try {
            return Files.readAllBytes(Path.of(fileOrUrl));
        } catch (IOException e) {
            throw new FetchException("cannot read " + fileOrUrl + ": " + e.getMessage(), e);
        }
    }
}
