package org.vigil.extract;

import java.util.Locale;
import java.util.Set;

/**
 * How deep a page nests its elements, measured on the markup before any parse (a linear scan): a page nesting
 * thousands deep is an attack or a broken generator, and parsing it costs time and memory out of all proportion.
 * Void elements, self-closed tags, elements whose end tag may be left out, comments and script or style bodies
 * do not count.
 */
public final class MarkupDepth {
    private static final Set<String> NOT_COUNTED = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
            "link", "meta", "param", "source", "track", "wbr", "p", "li", "td", "th", "tr", "dt", "dd", "option",
            "optgroup", "tbody", "thead", "tfoot", "colgroup", "rt", "rp", "html", "head", "body", "frame", "keygen");

    private MarkupDepth() {
    }

    /** The deepest nesting of counted elements, stopping early once it passes {@code limit}. */
    public static int max(String html, int limit) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? -1 : html.indexOf('<', end + 3);
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < n && (Character.isLetterOrDigit(html.charAt(j)) || html.charAt(j) == '-')) {
                j++;
            }
            int gt = html.indexOf('>', j);
            if (j == nameStart || gt < 0) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            boolean selfClosed = html.charAt(gt - 1) == '/';
            if (!closing && (name.equals("script") || name.equals("style"))) {
                i = endTag(html, name, gt);
                continue;
            }
            if (!NOT_COUNTED.contains(name) && !selfClosed) {
                depth = Math.max(0, depth + (closing ? -1 : 1));
                max = Math.max(max, depth);
                if (max > limit) {
                    return max;
                }
            }
            i = html.indexOf('<', gt + 1);
        }
        return max;
    }

    private static int endTag(String html, String name, int from) {
        for (int k = html.indexOf("</", from); k >= 0; k = html.indexOf("</", k + 2)) {
            if (html.regionMatches(true, k + 2, name, 0, name.length())) {
                return k;
            }
        }
        return -1;
    }
}
