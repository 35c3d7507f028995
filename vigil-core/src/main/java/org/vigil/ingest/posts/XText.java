package org.vigil.ingest.posts;

import com.fasterxml.jackson.databind.JsonNode;

/** A tweet's text as a reader sees it: X's three HTML escapes undone, short {@code t.co} links expanded,
 * the links of attached media dropped (a photo alone leaves no text). */
final class XText {
    private XText() {
    }

    static String of(JsonNode tweet) {
        String text = tweet.hasNonNull("full_text") ? tweet.get("full_text").asText() : tweet.path("text").asText("");
        for (JsonNode u : tweet.path("entities").path("urls")) {
            String shortUrl = u.path("url").asText("");
            String expanded = u.path("expanded_url").asText("");
            if (!shortUrl.isEmpty() && !expanded.isEmpty()) {
                text = text.replace(shortUrl, expanded);
            }
        }
        for (String media : new String[] {"entities", "extended_entities"}) {
            for (JsonNode m : tweet.path(media).path("media")) {
                String link = m.path("url").asText("");
                text = link.isEmpty() ? text : text.replace(link, ""); // the photo's own link: not text
            }
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** The kind of the first attached media (photo, video, animated_gif), or null. */
    static String media(JsonNode tweet) {
        JsonNode m = tweet.path("extended_entities").path("media");
        if (!m.isArray() || m.isEmpty()) {
            m = tweet.path("entities").path("media");
        }
        return m.isArray() && !m.isEmpty() ? m.get(0).path("type").asText("photo") : null;
    }
}
