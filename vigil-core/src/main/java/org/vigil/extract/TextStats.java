package org.vigil.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts, in one pass over the tree, for every element: the visible characters below it, those inside links,
 * its commas, and the characters it "owns" as a block (text whose nearest block ancestor it is).
 * Characters are counted without white space, so markup layout does not weigh.
 */
final class TextStats {
    /** Elements that start a new block of text; all others are inline. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "td", "th", "li", "ul", "ol",
            "dl", "dd", "dt", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "tbody", "thead",
            "tfoot", "figure", "figcaption", "header", "footer", "aside", "nav", "form", "address", "body", "html",
            "center", "details", "summary", "hr", "fieldset", "caption", "menu", "hgroup");

    /** Counts of one element. */
    static final class Counts {
        int chars;
        int linkChars;
        int commas;
        int ownChars;
        int ownLinkChars;
        int ownCommas;
        /** Characters of paragraph-like blocks below that read as prose (see {@link #isProse}). */
        int prose;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        double ownLinkDensity() {
            return ownChars == 0 ? 0 : (double) ownLinkChars / ownChars;
        }
    }

    private static final Counts NONE = new Counts();
    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Counts every element under the root. */
    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(s.new Counter(), root);
        return s;
    }

    Counts get(Element e) {
        return counts.getOrDefault(e, NONE);
    }

    /**
     * Takes an element about to be removed out of its ancestors' counts (and, when it is inline, out of the
     * counts its nearest block owns), so that one pass of counting serves before and after pruning.
     */
    void subtract(Element removed) {
        Counts r = get(removed);
        boolean inline = !isBlock(removed);
        for (Element a = removed.parent(); a != null; a = a.parent()) {
            Counts c = counts.get(a);
            if (c == null) {
                break;
            }
            c.chars -= r.chars;
            c.linkChars -= r.linkChars;
            c.commas -= r.commas;
            c.prose -= r.prose;
            if (inline && isBlock(a)) {
                c.ownChars -= r.chars;
                c.ownLinkChars -= r.linkChars;
                c.ownCommas -= r.commas;
                inline = false;
            }
        }
    }

    /** A block that owns enough text, with few links in it, to be a paragraph of the article. */
    static boolean isProse(Counts c) {
        return c.ownChars >= 40 && c.ownLinkDensity() < 0.4 || c.ownChars >= 150 && c.ownLinkDensity() < 0.6;
    }

    private final class Counter implements NodeVisitor {
        private final java.util.ArrayDeque<Element> blocks = new java.util.ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(t);
            } else if (node instanceof Element e) {
                counts.put(e, new Counts());
                if (isBlock(e)) {
                    blocks.push(e);
                }
                if (e.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        private void text(TextNode t) {
            String s = t.getWholeText();
            int n = 0;
            int commas = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isWhitespace(c) && c != '\u00a0') {
                    n++;
                    if (c == ',' || c == '，' || c == '、') {
                        commas++;
                    }
                }
            }
            if (n == 0 || !(t.parentNode() instanceof Element parent)) {
                return;
            }
            Counts c = counts.get(parent);
            if (c == null) {
                return;
            }
            c.chars += n;
            c.commas += commas;
            if (linkDepth > 0) {
                c.linkChars += n;
            }
            Element block = blocks.peek();
            if (block != null) {
                Counts b = counts.get(block);
                b.ownChars += n;
                b.ownCommas += commas;
                if (linkDepth > 0) {
                    b.ownLinkChars += n;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            if (e.normalName().equals("a")) {
                linkDepth--;
            }
            if (isBlock(e) && blocks.peek() == e) {
                blocks.pop();
            }
            Counts c = counts.get(e);
            if (isBlock(e) && isProse(c)) {
                c.prose += c.ownChars;
            }
            Element parent = e.parent();
            if (parent != null && counts.containsKey(parent)) {
                Counts p = counts.get(parent);
                p.chars += c.chars;
                p.linkChars += c.linkChars;
                p.commas += c.commas;
                p.prose += c.prose;
            }
        }
    }
}
