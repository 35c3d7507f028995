package org.vigil.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata, each field from the most reliable place that gives it: schema.org JSON-LD first,
 * then OpenGraph and other {@code <meta>} conventions, then microdata and markup ({@code <time>},
 * {@code rel=author}, bylines), then the URL. Must run before furniture is pruned.
 */
final class MetadataReader {
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
            "published_time", "article:published", "datepublished", "pubdate", "publishdate", "publish-date",
            "publish_date", "publication_date", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date",
            "dcterms.created", "dcterms.date", "dcterms.issued", "date", "article.published", "og:pubdate",
            "datecreated", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
            "rnews:datepublished", "datetime", "release_date");
    private static final List<String> AUTHOR_KEYS = List.of("author", "article:author", "parsely-author",
            "sailthru.author", "byl", "dc.creator", "dcterms.creator", "twitter:creator");
    private static final Pattern BY = Pattern.compile("(?i)^(?:by|von|par|por|door|di)\\s+|\\s*[|•].*$");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—:·-]\\s+[^|–—:·-]{2,40}$");

    private MetadataReader() {
    }

    static Article read(Document page, String pageUrl, PageFacts facts, JsonLd ld) {
        Map<String, String> meta = facts.meta;
        String title = title(page, facts, ld);
        String url = firstOf(absolute(facts.canonical, "href"), meta.get("og:url"), pageUrl);
        return new Article(title, "", published(facts, ld, pageUrl, url), author(facts, ld),
                firstOf(ld.article() != null ? JsonLd.name(ld.article().get("publisher")) : null,
                        meta.get("og:site_name"), meta.get("application-name")),
                url, language(page, facts.meta, ld));
    }

    private static String title(Document page, PageFacts facts, JsonLd ld) {
        String t = firstOf(ld.text("headline"), facts.meta.get("og:title"), facts.meta.get("twitter:title"));
        if (t == null) {
            Element h1 = facts.h1;
            t = h1 != null && !h1.text().isBlank() ? h1.text() : TITLE_SUFFIX.matcher(page.title()).replaceFirst("");
        }
        return t == null || t.isBlank() ? null : t.strip();
    }

    static LocalDate published(PageFacts facts, JsonLd ld, String pageUrl, String canonical) {
        Map<String, String> meta = facts.meta;
        String stamp = ld.text("datePublished");
        LocalDate d = DateText.parse(stamp);
        for (int i = 0; d == null && i < DATE_KEYS.size(); i++) {
            stamp = meta.get(DATE_KEYS.get(i));
            d = DateText.parse(stamp);
        }
        if (d == null && facts.dated != null) {
            Element e = facts.dated;
            stamp = firstOf(e.attr("datetime"), e.attr("content"), e.text());
            d = DateText.parse(stamp);
        }
        LocalDate inUrl = DateText.fromUrl(canonical);
        if (inUrl == null) {
            inUrl = DateText.fromUrl(pageUrl);
        }
        if (d != null && inUrl != null && Math.abs(d.toEpochDay() - inUrl.toEpochDay()) == 1 && DateText.isUtc(stamp)) {
            return inUrl; // a UTC time stamp past midnight; the URL keeps the publisher's own calendar day
        }
        if (d == null) {
            d = inUrl;
        }
        if (d == null && facts.byline != null) {
            d = DateText.inText(facts.byline.text());
        }
        return d;
    }

    private static String author(PageFacts facts, JsonLd ld) {
        Map<String, String> meta = facts.meta;
        String a = ld.text("author");
        for (int i = 0; a == null && i < AUTHOR_KEYS.size(); i++) {
            String v = meta.get(AUTHOR_KEYS.get(i));
            a = v == null || v.startsWith("http") || v.startsWith("@") && i < AUTHOR_KEYS.size() - 1 ? null : v;
        }
        if (a == null) {
            Element e = facts.author;
            a = e == null ? null : e.text();
        }
        if (a == null) {
            return null;
        }
        a = BY.matcher(a.strip()).replaceAll("").strip();
        return a.isEmpty() || a.length() > 120 || a.startsWith("http") ? null : a;
    }

    private static String language(Document page, Map<String, String> meta, JsonLd ld) {
        Element html = page.selectFirst("html");
        String lang = firstOf(html == null ? null : html.attr("lang"), meta.get("content-language"),
                meta.get("og:locale"), ld.text("inLanguage"));
        if (lang == null) {
            return null;
        }
        String tag = Locale.forLanguageTag(lang.strip().replace('_', '-').split("[,;\\s]")[0]).toLanguageTag();
        return tag.equals("und") ? null : tag;
    }

    private static String absolute(Element e, String attr) {
        return e == null ? null : firstOf(e.absUrl(attr), e.attr(attr));
    }

    static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
