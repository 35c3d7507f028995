package org.vigil.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the extents of time expressions: every rule's matches, those its normaliser accepts, then the longest
 * of overlapping ones (the earlier rule on a tie), in text order.
 */
final class ExtentFinder {
    /** A match of one rule: where it is and which rule made it. */
    record Extent(int start, int end, TimexRule rule) {
        int length() {
            return end - start;
        }

        boolean overlaps(Extent o) {
            return start < o.end && o.start < end;
        }

        /** The rule's matcher positioned on this extent again, for the normaliser. */
        Matcher matcher(String text) {
            Matcher m = rule.pattern().matcher(text).region(start, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.lookingAt() || m.end() != end) {
                throw new IllegalStateException("extent no longer matches: " + text.substring(start, end));
            }
            return m;
        }
    }

    private final List<TimexRule> rules;

    ExtentFinder(List<TimexRule> rules) {
        this.rules = List.copyOf(rules);
    }

    List<Extent> find(String text, LocalDate dct) {
        Anchoring trial = new Anchoring(dct, null, Tense.NONE);
        List<Extent> all = new ArrayList<>();
        for (TimexRule r : rules) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                if (m.end() > m.start() && r.normaliser().resolve(m, trial) != null) {
                    all.add(new Extent(m.start(), m.end(), r));
                }
            }
        }
        return longestFirst(all);
    }

    private List<Extent> longestFirst(List<Extent> all) {
        List<Extent> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Extent::length).reversed().thenComparingInt(e -> rules.indexOf(e.rule())));
        List<Extent> kept = new ArrayList<>();
        for (Extent e : sorted) {
            if (kept.stream().noneMatch(k -> k.overlaps(e))) {
                kept.add(e);
            }
        }
        kept.sort(Comparator.comparingInt(Extent::start));
        return kept;
    }
}
