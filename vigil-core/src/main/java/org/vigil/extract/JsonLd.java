package org.vigil.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The schema.org article a page describes in JSON-LD ({@code <script type="application/ld+json">}), read
 * leniently (raw control characters, comments, trailing commas); {@code @graph} and nested lists are searched.
 */
record JsonLd(JsonNode article, JsonNode any) {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .build();
    static final JsonLd NONE = new JsonLd(null, null);

    static JsonLd of(List<String> blocks) {
        List<JsonNode> objects = new ArrayList<>();
        for (String s : blocks) {
            try {
                JsonNode n = LENIENT.readTree(s.trim());
                collect(n, objects);
            } catch (Exception e) {
                // a broken block is skipped, as a browser would
            }
        }
        JsonNode article = null;
        JsonNode any = null;
        for (JsonNode o : objects) {
            if (article == null && isArticle(o)) {
                article = o;
            }
            if (any == null && (o.has("datePublished") || o.has("headline"))) {
                any = o;
            }
        }
        return new JsonLd(article, article != null ? article : any);
    }

    private static void collect(JsonNode root, List<JsonNode> out) {
        ArrayDeque<JsonNode> todo = new ArrayDeque<>();
        todo.add(root);
        int guard = 0;
        while (!todo.isEmpty() && guard++ < 10_000) {
            JsonNode n = todo.poll();
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                n.forEach(todo::add);
            } else if (n.isObject()) {
                out.add(n);
                if (n.has("@graph")) {
                    todo.add(n.get("@graph"));
                }
                if (n.has("mainEntity")) {
                    todo.add(n.get("mainEntity"));
                }
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        for (JsonNode v : t.isArray() ? t : List.of(t)) {
            String s = v.asText().toLowerCase(Locale.ROOT);
            if (s.endsWith("article") || s.contains("blogposting") || s.equals("report") || s.contains("newsarticle")) {
                return true;
            }
        }
        return false;
    }

    /** A text field of the article (or of any dated object), or null. */
    String text(String field) {
        JsonNode o = article != null ? article : any;
        return o == null ? null : name(o.get(field));
    }

    /** A string, the name of an object, or the names of a list joined by ", "; null when none. */
    static String name(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() || n.isNumber()) {
            String s = n.asText().trim();
            return s.isEmpty() ? null : s;
        }
        if (n.isObject()) {
            return name(n.has("name") ? n.get("name") : n.get("@id"));
        }
        if (n.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode v : n) {
                String s = name(v);
                if (s != null && !names.contains(s)) {
                    names.add(s);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return null;
    }
}
