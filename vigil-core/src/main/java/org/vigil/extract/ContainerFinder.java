package org.vigil.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Chooses the element that holds the article: the one whose prose outweighs the rest of its text most, where
 * the rest (link lists, short lines, captions, teasers) counts against it with weight {@link #JUNK_WEIGHT}. A
 * box named like an article body gets a small bonus, so that of two boxes with the same text the named wins.
 */
final class ContainerFinder {
    static final double JUNK_WEIGHT = 0.6;

    private ContainerFinder() {
    }

    static Element find(Element root, TextStats stats) {
        Element best = root;
        double bestValue = value(root, stats);
        Elements all = root.getAllElements();
        for (Element e : all) {
            if (!TextStats.isBlock(e)) {
                continue;
            }
            TextStats.Counts c = stats.get(e);
            if (c.prose == 0) {
                continue;
            }
            double v = value(e, stats);
            if (v > bestValue) {
                bestValue = v;
                best = e;
            }
        }
        return best;
    }

    static double value(Element e, TextStats stats) {
        TextStats.Counts c = stats.get(e);
        double junk = c.chars - c.prose;
        return c.prose - JUNK_WEIGHT * junk;
    }
}
