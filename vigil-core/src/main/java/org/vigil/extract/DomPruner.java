package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes page furniture out of the tree before scoring: elements that never hold article text (scripts, styles,
 * forms controls, embedded media, navigation), hidden elements, and then boxes whose class or id names them
 * furniture (share bars, related links, comments, newsletter sign-ups, cookie banners) unless they hold a large
 * part of the page's text, which a wrapper misnamed "comments" or "sidebar-layout" can.
 */
final class DomPruner {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "option", "nav",
            "aside", "menu", "link", "meta", "head", "dialog", "math", "map");
    /** Names of furniture in class and id attributes. */
    static final NameWords FURNITURE = new NameWords(Set.of("ad", "ads", "adslot", "dfp", "menu", "nav", "navbar",
            "tag", "tags", "keywords", "byline", "dateline", "timestamp", "print", "rail", "card", "cards", "jump",
            "hidden", "credit", "credits", "caption", "topics", "listing", "toolbar", "pager", "login", "modal",
            "popup", "banner", "masthead", "footer", "breadcrumb", "breadcrumbs", "widget", "sidebar", "follow",
            "rating", "teaser", "promo", "sponsor", "sponsored", "social", "share", "sharing", "related", "comments"),
            List.of("comment", "share", "sharing", "social", "related", "recommend", "promo", "advert", "sponsor",
                    "newsletter", "subscri", "signup", "cookie", "consent", "gdpr", "banner", "breadcrumb", "popup",
                    "modal", "sidebar", "widget", "footer", "masthead", "tagcloud", "taglist", "authorbio",
                    "pagination", "outbrain", "taboola", "disqus", "mostread", "mostpopular", "mostviewed",
                    "trending", "readmore", "morestories", "morenews", "paywall", "lightbox", "slideshow", "teaser",
                    "caption", "metadata", "postmeta"));
    /** Names that say a box holds the article, which win over a furniture name. */
    static final NameWords ARTICLE = new NameWords(Set.of("main", "page", "text", "post", "entry"),
            List.of("article", "body", "content", "story", "prose", "paragraph", "blog"));
    /** Reader comments: removed whatever their share of the text, unless they hold the headline. */
    private static final Pattern COMMENTS = Pattern.compile("comment|disqus|discussion|respond|reply|replies");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private DomPruner() {
    }

    /** Removes elements that never hold article text, comments in the markup and hidden elements. */
    static void removeNeverText(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && depth > 0 && isNeverText(e)) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** An element that never holds article text: scripts, styles, controls, media, navigation, hidden boxes. */
    static boolean isNeverText(Element e) {
        return NEVER_TEXT.contains(e.normalName()) || hidden(e);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** The class and id of an element, lower case, joined by a space. */
    static String names(Element e) {
        String c = e.className();
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT);
    }

    /**
     * Removes furniture boxes that hold less than {@code share} of the root's prose; returns how many went.
     */
    static int removeFurniture(Element root, TextStats stats, double share) {
        int total = Math.max(1, stats.get(root).prose);
        List<Element> doomed = new ArrayList<>();
        java.util.Map<String, Boolean> named = new java.util.HashMap<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (isFurniture(e, named) && e.getElementsByTag("h1").isEmpty()
                        && (stats.get(e).prose < share * total || COMMENTS.matcher(names(e)).find())) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        for (Element e : doomed) {
            stats.subtract(e);
            e.remove();
        }
        return doomed.size();
    }

    /** Whether the element is furniture, with the verdict on each class-and-id string kept in a memo. */
    static boolean isFurniture(Element e, java.util.Map<String, Boolean> memo) {
        String tag = e.normalName();
        if (tag.equals("footer") || tag.equals("header") || tag.equals("figure") || tag.equals("figcaption")) {
            return true;
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("p") || tag.equals("a") || tag.equals("main")) {
            return false;
        }
        String n = names(e);
        if (n.isEmpty()) {
            String role = e.attr("role");
            return role.equals("navigation") || role.equals("complementary") || role.equals("banner")
                    || role.equals("contentinfo") || role.equals("dialog") || role.equals("alert");
        }
        return memo.computeIfAbsent(n, k -> FURNITURE.matches(k) && !ARTICLE.matches(k));
    }
}
