package org.vigil.extract;

import java.util.List;
import java.util.Locale;
import org.vigil.text.TextCleaner;

/**
 * Keeps the lines of a container that belong to the article: drops the headline (the page's {@code <h1>} or a
 * line that repeats the title), lines that are mostly link text, and lines the plain-text furniture patterns
 * know ("Share this", "Advertisement", "Read more").
 */
final class LineFilter {
    private static final TextCleaner FURNITURE = new TextCleaner();

    private LineFilter() {
    }

    static String keep(List<BlockWriter.Line> lines, TextStats stats, String title) {
        String titleKey = title == null ? null : key(title);
        StringBuilder sb = new StringBuilder();
        for (BlockWriter.Line line : lines) {
            if (!keep(line, stats, titleKey)) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(line.text());
        }
        return sb.toString();
    }

    private static boolean keep(BlockWriter.Line line, TextStats stats, String titleKey) {
        String tag = line.block() == null ? "" : line.block().normalName();
        if (tag.equals("h1")) {
            return false;
        }
        TextStats.Counts c = line.block() == null ? null : stats.get(line.block());
        if (c != null && c.ownChars > 0 && c.ownLinkDensity() > 0.5) {
            return false;
        }
        if (titleKey != null && key(line.text()).equals(titleKey)) {
            return false;
        }
        return !FURNITURE.isFurniture(line.text());
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
