package org.vigil.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from plain-text pages at line level: banner sizes, share widgets, copyright and
 * "powered by" lines, tag lists, breadcrumbs, repeated headline lines, and everything after a tail marker
 * ("Related posts", "Leave a Comment") in the last part of the page. Patterns live in {@code text/furniture.txt}.
 */
public final class TextCleaner {
    /** Tail markers only cut the page when they stand after this fraction of its lines. */
    private static final double TAIL_FROM = 0.5;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)^home\\s*(?:[»›>/|]|\\s)\\s*\\S.*");
    private final List<Pattern> drop = new ArrayList<>();
    private final List<Pattern> tail = new ArrayList<>();

    public TextCleaner() {
        load("/text/furniture.txt");
    }

    private void load(String resource) {
        try (InputStream in = TextCleaner.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Pattern> section = drop;
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.equals("[drop]") || line.equals("[tail]")) {
                    section = line.equals("[drop]") ? drop : tail;
                    continue;
                }
                section.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The clean text: furniture lines removed, blank runs collapsed, line structure otherwise kept. */
    public String clean(String raw) {
        List<String> lines = normalisedLines(raw);
        int end = tailStart(lines);
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            if (isFurniture(line) || isBreadcrumb(line, lines, i) || !seen.add(key(line)) && wordCount(line) >= 3) {
                continue;
            }
            kept.add(line);
        }
        return joinCollapsingBlanks(kept);
    }

    /** The first line that reads like a headline (three words or more), or null. */
    public static String title(String clean) {
        for (String line : clean.split("\n")) {
            if (wordCount(line) >= 3 && line.length() < 200) {
                return line.trim();
            }
        }
        return null;
    }

    public boolean isFurniture(String line) {
        String t = line.trim();
        for (Pattern p : drop) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    private int tailStart(List<String> lines) {
        int from = (int) (lines.size() * TAIL_FROM);
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).trim();
            for (Pattern p : tail) {
                if (p.matcher(t).matches()) {
                    return i;
                }
            }
        }
        return lines.size();
    }

    /** "Home News Protests Some headline" followed by "Some headline": a breadcrumb trail. */
    private static boolean isBreadcrumb(String line, List<String> lines, int i) {
        if (!BREADCRUMB.matcher(line).matches()) {
            return false;
        }
        for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
            String next = lines.get(j).trim();
            if (!next.isEmpty()) {
                return line.toLowerCase(Locale.ROOT).endsWith(next.toLowerCase(Locale.ROOT)) || line.contains("»") || line.contains("›");
            }
        }
        return line.contains("»") || line.contains("›");
    }

    private static List<String> normalisedLines(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(SPACES.matcher(line).replaceAll(" ").strip());
        }
        return out;
    }

    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    static int wordCount(String line) {
        String t = line.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String joinCollapsingBlanks(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean blank = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!blank) {
                    sb.append('\n');
                }
                blank = true;
                continue;
            }
            if (sb.length() > 0 && !blank) {
                sb.append('\n');
            }
            sb.append(line).append('\n');
            blank = false;
        }
        return sb.toString().strip();
    }
}
