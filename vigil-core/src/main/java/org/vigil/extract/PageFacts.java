package org.vigil.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What one pass over the page collects for the metadata reader: {@code <meta>} values by property, name,
 * itemprop or http-equiv (first wins, keys in lower case), the canonical link, the first {@code <h1>}, the
 * first dated element ({@code itemprop=datePublished}, {@code <time>}), the first author element, the first
 * element whose class speaks of a date or byline, and the JSON-LD blocks.
 */
final class PageFacts {
    final Map<String, String> meta = new HashMap<>();
    final java.util.List<String> jsonLd = new java.util.ArrayList<>();
    Element canonical;
    Element h1;
    Element dated;
    Element author;
    Element byline;

    private PageFacts() {
    }

    static PageFacts of(Document page) {
        return collect(page, false);
    }

    /**
     * Collects the facts and, in the same pass, removes from the body what never holds article text
     * ({@link DomPruner#isNeverText}) and comments in the markup.
     */
    static PageFacts collectAndPrune(Document page) {
        return collect(page, true);
    }

    private static PageFacts collect(Document page, boolean prune) {
        PageFacts f = new PageFacts();
        Element body = page.body();
        NodeTraversor.filter(new NodeFilter() {
            private boolean inBody;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    f.see(e);
                    if (e == body) {
                        inBody = true;
                    } else if (prune && inBody && DomPruner.isNeverText(e)) {
                        return FilterResult.REMOVE;
                    }
                    return FilterResult.CONTINUE;
                }
                return prune && inBody && node instanceof org.jsoup.nodes.Comment ? FilterResult.REMOVE
                        : FilterResult.SKIP_ENTIRELY;
            }
        }, page);
        return f;
    }

    private void see(Element e) {
        switch (e.normalName()) {
            case "meta" -> meta(e);
            case "link" -> {
                if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical")) {
                    canonical = e;
                }
            }
            case "h1" -> h1 = h1 == null ? e : h1;
            case "time" -> dated = dated == null && e.hasAttr("datetime") ? e : dated;
            case "script" -> {
                if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                    jsonLd.add(e.data());
                }
            }
            default -> {
            }
        }
        if (e.attributesSize() == 0) {
            return;
        }
        String itemprop = e.attr("itemprop");
        if (dated == null && itemprop.equals("datePublished")) {
            dated = e;
        }
        if (author == null && (itemprop.equals("author") || e.attr("rel").equals("author"))) {
            author = e;
        }
        if (byline == null || author == null) {
            String c = e.className().toLowerCase(Locale.ROOT);
            if (byline == null && (c.contains("date") || c.contains("byline") || c.contains("publish") || c.contains("posted"))) {
                byline = e;
            }
            if (author == null && (c.contains("byline") || c.contains("author-name"))) {
                author = e;
            }
        }
    }

    private void meta(Element e) {
        String key = MetadataReader.firstOf(e.attr("property"), e.attr("name"), e.attr("itemprop"), e.attr("http-equiv"));
        String value = e.attr("content").trim();
        if (key != null && !value.isEmpty()) {
            meta.putIfAbsent(key.toLowerCase(Locale.ROOT), value);
        }
    }
}
