package org.vigil.extract;

/**
 * Finds the article in a web page: its main text without navigation, advertising, related links, comments,
 * share widgets or cookie banners, and its metadata (title, publication date, author, publisher, canonical
 * URL, language). Implementations are thread-safe and never throw on malformed HTML.
 */
public interface ArticleExtractor {

    /**
     * The article of a page.
     *
     * @param html    the page's markup, already decoded
     * @param pageUrl where the page came from (resolves relative links, a date in its path), or null
     */
    Article extract(String html, String pageUrl);

    /** The article of a page jsoup has already parsed; the extractor may change the tree. */
    Article extract(org.jsoup.nodes.Document page, String pageUrl);
}
