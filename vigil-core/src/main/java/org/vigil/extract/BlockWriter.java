package org.vigil.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Writes the text of a container block by block: each block's own text becomes one line (a {@code <br>}
 * breaks it), white space collapsed; lines are handed with the block that owns them to a filter.
 */
final class BlockWriter {
    /** One line of text and the block that owns it. */
    record Line(String text, Element block) {
    }

    private BlockWriter() {
    }

    static List<Line> lines(Element container) {
        List<Line> out = new ArrayList<>();
        ArrayDeque<Element> blocks = new ArrayDeque<>();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    append(sb, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (TextStats.isBlock(e)) {
                        flush(out, sb, blocks.peek());
                        blocks.push(e);
                    } else if (e.normalName().equals("br")) {
                        flush(out, sb, blocks.peek());
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && TextStats.isBlock(e)) {
                    flush(out, sb, blocks.peek());
                    if (blocks.peek() == e) {
                        blocks.pop();
                    }
                }
            }
        }, container);
        flush(out, sb, blocks.peek());
        return out;
    }

    private static void append(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void flush(List<Line> out, StringBuilder sb, Element block) {
        String s = sb.toString().strip();
        sb.setLength(0);
        if (!s.isEmpty()) {
            out.add(new Line(s, block));
        }
    }
}
