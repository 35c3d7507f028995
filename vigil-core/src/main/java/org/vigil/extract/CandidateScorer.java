package org.vigil.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Paragraph scoring in the manner of readability: every prose block gives its parent a score for its length
 * and commas, and a diminishing share to a few ancestors above; an element's score is then weighed by its tag,
 * its class and id names, and how little of its text is links. The best element is the article's core; its
 * siblings join it when they score close enough or read as paragraphs themselves.
 */
final class CandidateScorer {
    private static final int LEVELS = 5;
    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final Map<Element, Double> finals = new IdentityHashMap<>();
    private final Map<String, Double> nameWeights = new java.util.HashMap<>();

    private CandidateScorer(TextStats stats) {
        this.stats = stats;
    }

    /** The elements that hold the article, in document order; empty when no block reads as prose. */
    static List<Element> select(Element root, TextStats stats) {
        CandidateScorer s = new CandidateScorer(stats);
        s.score(root);
        Element top = s.top();
        if (top == null) {
            return List.of();
        }
        top = s.climb(top);
        return s.withSiblings(top);
    }

    private void score(Element root) {
        for (Element e : root.getAllElements()) {
            if (!TextStats.isBlock(e)) {
                continue;
            }
            TextStats.Counts c = stats.get(e);
            if (!TextStats.isProse(c)) {
                continue;
            }
            double s = 1 + Math.min(c.ownCommas, 10) + Math.min(c.ownChars / 100.0, 3);
            if (!e.normalName().equals("p")) {
                scores.merge(e, s, Double::sum);
            }
            Element a = e.parent();
            for (int level = 0; level < LEVELS && a != null; level++, a = a.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(a, s / divider, Double::sum);
            }
        }
    }

    private Element top() {
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = finalScore(e.getKey());
            if (s > bestScore) {
                bestScore = s;
                best = e.getKey();
            }
        }
        return best;
    }

    double finalScore(Element e) {
        Double raw = scores.get(e);
        if (raw == null) {
            return 0;
        }
        Double done = finals.get(e);
        if (done == null) {
            double names = nameWeights.computeIfAbsent(e.className(), Names::weight)
                    + nameWeights.computeIfAbsent(e.id(), Names::weight);
            done = (raw + tagWeight(e) + names) * (1 - stats.get(e).linkDensity());
            finals.put(e, done);
        }
        return done;
    }

    private static double tagWeight(Element e) {
        switch (e.normalName()) {
            case "div", "article", "section", "main":
                return 5;
            case "pre", "td", "blockquote":
                return 3;
            case "ol", "ul", "li", "dl", "dd", "dt", "form", "address":
                return -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th":
                return -5;
            default:
                return 0;
        }
    }

    /** Goes up while the element is all the text its parent holds. */
    private Element climb(Element top) {
        Element e = top;
        while (e.parent() != null && !e.parent().normalName().equals("body")
                && stats.get(e.parent()).chars <= stats.get(e).chars) {
            e = e.parent();
        }
        return e;
    }

    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        List<Element> out = new ArrayList<>();
        for (Element s : parent.children()) {
            if (s == top) {
                out.add(s);
                continue;
            }
            double bonus = !topClass.isEmpty() && topClass.equals(s.className()) ? topScore * 0.2 : 0;
            if ((finalScore(s) + bonus >= threshold || readsAsParagraph(s)) && !isListing(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Teasers of other articles: two or more headlines that are links. */
    static boolean isListing(Element e) {
        return e.select("h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4, a h5").size() >= 2;
    }

    private boolean readsAsParagraph(Element s) {
        TextStats.Counts c = stats.get(s);
        if (!s.normalName().equals("p") && !(TextStats.isBlock(s) && c.ownChars == c.chars)) {
            return false;
        }
        double ld = c.linkDensity();
        if (c.chars > 80) {
            return ld < 0.25;
        }
        String t = s.text();
        return c.chars > 0 && ld == 0 && (t.endsWith(".") || t.endsWith("”") || t.endsWith("\""));
    }
}
