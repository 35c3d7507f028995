package org.vigil.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    /** Each rule's cue ({@link RuleCues#of}), null for a rule that scans the whole text. */
    private final RuleCues[] cues;
    /** Each rule's possible first ASCII characters ({@link FirstChars#of}), null when any may start a match. */
    private final boolean[][] firsts;

    ExtentFinder(List<TimexRule> rules) {
        this.rules = List.copyOf(rules);
        this.cues = this.rules.stream().map(RuleCues::of).toArray(RuleCues[]::new);
        this.firsts = this.rules.stream().map(r -> FirstChars.of(r.pattern())).toArray(boolean[][]::new);
    }

    List<Extent> find(String text, LocalDate dct) {
        Anchoring trial = new Anchoring(dct, null, Tense.NONE);
        List<Extent> all = new ArrayList<>();
        CueWords words = new CueWords(text);
        Map<RuleCues, int[][]> starts = new EnumMap<>(RuleCues.class);
        for (int i = 0; i < rules.size(); i++) {
            TimexRule r = rules.get(i);
            RuleCues cue = cues[i];
            if (cue == null) {
                Matcher m = matcher(r, text);
                while (m.find()) {
                    accept(m, r, trial, all);
                }
                continue;
            }
            boolean[] first = firsts[i];
            Matcher m = null;
            for (int[] s : starts.computeIfAbsent(cue, words::startsBefore)) {
                char c = text.charAt(s[0]);
                if (first != null && c < 128 && !first[c]) {
                    continue; // only an empty match could start here, and an extent is not empty
                }
                m = m != null ? m : matcher(r, text);
                m.region(s[0], s[1]);
                if (m.lookingAt()) {
                    accept(m, r, trial, all);
                }
            }
        }
        return longestFirst(all);
    }

    private static Matcher matcher(TimexRule r, String text) {
        return r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static void accept(Matcher m, TimexRule r, Anchoring trial, List<Extent> all) {
        if (m.end() > m.start() && r.normaliser().resolve(m, trial) != null) {
            all.add(new Extent(m.start(), m.end(), r));
        }
    }

    private List<Extent> longestFirst(List<Extent> all) {
        return org.vigil.text.NonOverlapping.keep(all, Comparator.comparingInt(Extent::length).reversed()
                .thenComparingInt(e -> rules.indexOf(e.rule())), Extent::start, Extent::end);
    }
}
