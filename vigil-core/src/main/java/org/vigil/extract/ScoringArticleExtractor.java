package org.vigil.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article extractor: metadata first (JSON-LD, meta tags, markup), then furniture pruned, the container
 * chosen by how much prose it holds against the rest, its blocks filtered line by line, and the result checked
 * against the JSON-LD {@code articleBody} when the page gives one.
 */
public final class ScoringArticleExtractor implements ArticleExtractor {
    /** Furniture boxes holding more than this share of the page's prose are kept (misnamed wrappers). */
    private static final double FURNITURE_SHARE = 0.3;

    @Override
    public Article extract(String html, String pageUrl) {
        Document page = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
        return extract(page, pageUrl);
    }

    @Override
    public Article extract(Document page, String pageUrl) {
        PageFacts facts = PageFacts.collectAndPrune(page);
        JsonLd ld = JsonLd.of(facts.jsonLd);
        Article meta = MetadataReader.read(page, pageUrl, facts, ld);
        Element body = page.body();
        if (body == null) {
            return meta;
        }
        TextStats stats = TextStats.of(body);
        DomPruner.removeFurniture(body, stats, FURNITURE_SHARE);
        java.util.List<Element> parts = CandidateScorer.select(body, stats);
        java.util.List<BlockWriter.Line> lines = new java.util.ArrayList<>();
        if (parts.isEmpty()) {
            lines.addAll(BlockWriter.lines(ContainerFinder.find(body, stats)));
        }
        parts.forEach(p -> lines.addAll(BlockWriter.lines(p)));
        String text = LineFilter.keep(lines, stats, meta.title());
        return meta.withText(Fallbacks.choose(text, ld));
    }
}
