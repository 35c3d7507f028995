package org.vigil.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class and id say of it: +25 for article-body names, -25 for furniture names. */
final class Names {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|main|page|post|story|text|blog|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share"
            + "|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|hidden|banner|combx|teaser|rail"
            + "|recirc|newsletter|subscribe|social|popular|trending|nav|menu|header|ad-|ads|advert|card|list");

    private Names() {
    }

    static double weight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    static double weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        name = name.toLowerCase(java.util.Locale.ROOT);
        double w = 0;
        if (NEGATIVE.matcher(name).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            w += 25;
        }
        return w;
    }
}
