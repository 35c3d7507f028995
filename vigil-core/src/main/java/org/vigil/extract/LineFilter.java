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
    private static final int STUB_WORDS = 6;
    /** Bylines, captions and notes are shorter than this; longer lines skip those patterns. */
    private static final int NOTE_REACH = 400;
    private static final int TITLE_SLACK = 24;
    /** Furniture patterns describe short lines; longer lines are prose and skip them. */
    private static final int FURNITURE_REACH = 160;
    private static final int STUB_LETTERS = 40;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…\"”’)。！？」]\\s*$");
    /** How many lines at the end of the text may be a newsroom's closing note. */
    private static final int TAIL_LINES = 4;
    /** Closing notes: credits, contributor lines, follow-us and newsletter calls, affiliate disclosures. */
    private static final java.util.regex.Pattern TAIL_NOTE = java.util.regex.Pattern.compile(
            "^\\(?(?:(?:additional )?reporting|writing|editing|compiled|produced) by\\b"
            + "|contributed (?:reporting|to this (?:report|story|article))"
            + "|^(?:follow|email|contact) .{0,100}(?:twitter|facebook|instagram|linkedin|@)"
            + "|^.{0,80}\\b(?:sign up|subscribe)\\b.{0,120}(?:newsletter|inbox)"
            + "|^.{0,80}\\b(?:newsletter|inbox)\\b.{0,120}\\b(?:sign up|subscribe)"
            + "|^have a tip\\?|^like this (?:story|article)|may earn an? (?:affiliate )?commission",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Picture captions and credits: "In this 2006 file photo, ...", "Photo: ...", "... | Getty Images". */
    private static final java.util.regex.Pattern CAPTION = java.util.regex.Pattern.compile(
            "^in this .{0,60}?\\b(?:file )?(?:photo|image|picture)\\b|^(?:photo|image|picture|credit)s?\\s*:"
            + "|getty images\\s*$|\\((?:photo|image)?\\s*credit:?[^)]*\\)\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A byline or time stamp line: "By Jane Doe", "Published Monday, November 18, 2019 8:22AM EST". */
    private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
            "^(?:(?:By|Published|Updated|Posted|Last updated|First published)\\b[^.!?]{0,80}"
            + "|[^.!?]{0,60}\\b\\d{1,2}:\\d\\d\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private LineFilter() {
    }

    static String keep(List<BlockWriter.Line> lines, TextStats stats, String title) {
        String titleKey = title == null ? null : key(title);
        List<BlockWriter.Line> kept = new java.util.ArrayList<>();
        for (BlockWriter.Line line : lines) {
            String t = line.text();
            if (keep(line, stats, titleKey) && (t.length() > NOTE_REACH
                    || !BYLINE.matcher(t).find() && !CAPTION.matcher(t).find())) {
                kept.add(line);
            }
        }
        int from = 0;
        int to = kept.size();
        while (from < to && isStub(kept.get(from))) {
            from++;
        }
        while (to > from && (isStub(kept.get(to - 1)) || to > kept.size() - TAIL_LINES
                && TAIL_NOTE.matcher(kept.get(to - 1).text()).find())) {
            to--;
        }
        StringBuilder sb = new StringBuilder();
        for (BlockWriter.Line line : kept.subList(from, to)) {
            sb.append(sb.length() > 0 ? "\n\n" : "").append(line.text());
        }
        return sb.toString();
    }

    /** A short line with no sentence end: at the edges of the text it is a label, a credit or a button. */
    static boolean isStub(BlockWriter.Line line) {
        String tag = line.block() == null ? "" : line.block().normalName();
        if (tag.equals("td") || tag.equals("th") || tag.equals("li") || tag.equals("pre")) {
            return false;
        }
        String t = line.text();
        return words(t) <= STUB_WORDS && Fallbacks.letters(t) <= STUB_LETTERS
                && (!SENTENCE_END.matcher(t).find() || t.endsWith("...") || t.endsWith("…"));
    }

    private static int words(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean w = !Character.isWhitespace(s.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }

    private static boolean keep(BlockWriter.Line line, TextStats stats, String titleKey) {
        String tag = line.block() == null ? "" : line.block().normalName();
        if (tag.equals("h1")) {
            return false;
        }
        TextStats.Counts c = line.block() == null ? null : stats.get(line.block());
        if (c != null && c.ownChars > 0 && c.ownLinkDensity() > 0.6) {
            return false;
        }
        if (titleKey != null && Math.abs(line.text().length() - titleKey.length()) < TITLE_SLACK
                && key(line.text()).equals(titleKey)) {
            return false;
        }
        return line.text().length() > FURNITURE_REACH || !FURNITURE.isFurniture(line.text());
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
