package org.vigil.extract;

/**
 * Chooses between the text found in the tree and the JSON-LD {@code articleBody}: the page's own statement
 * of its body wins when it is long enough not to be a teaser and not much shorter than what the tree gave.
 */
final class Fallbacks {
    private Fallbacks() {
    }

    static String choose(String fromTree, JsonLd ld) {
        String body = ld.article() == null ? null : JsonLd.name(ld.article().get("articleBody"));
        if (body == null) {
            return fromTree;
        }
        if (body.contains("<") || body.contains("&lt;")) {
            body = markupText(body);
        }
        int b = letters(body);
        int t = letters(fromTree);
        return b >= 200 && b >= 0.8 * t ? body.strip() : fromTree;
    }

    /** The text of an articleBody that holds markup, escaped or not, one line per block. */
    private static String markupText(String body) {
        String html = body.contains("&lt;") ? org.jsoup.parser.Parser.unescapeEntities(body, false) : body;
        org.jsoup.nodes.Document d = org.jsoup.Jsoup.parseBodyFragment(html);
        DomPruner.removeNeverText(d.body());
        StringBuilder sb = new StringBuilder();
        for (BlockWriter.Line line : BlockWriter.lines(d.body())) {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(line.text());
        }
        return sb.toString();
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
