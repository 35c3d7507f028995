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

    ExtentFinder(List<TimexRule> rules) {
        this.rules = List.copyOf(rules);
        this.cues = this.rules.stream().map(RuleCues::of).toArray(RuleCues[]::new);
    }

    List<Extent> find(String text, LocalDate dct) {
        Anchoring trial = new Anchoring(dct, null, Tense.NONE);
        List<Extent> all = new ArrayList<>();
        Words words = new Words(text);
        Map<RuleCues, int[][]> starts = new EnumMap<>(RuleCues.class);
        for (int i = 0; i < rules.size(); i++) {
            TimexRule r = rules.get(i);
            Matcher m = r.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            RuleCues cue = cues[i];
            if (cue == null) {
                while (m.find()) {
                    accept(m, r, trial, all);
                }
                continue;
            }
            for (int[] s : starts.computeIfAbsent(cue, words::startsBefore)) {
                m.region(s[0], s[1]);
                if (m.lookingAt()) {
                    accept(m, r, trial, all);
                }
            }
        }
        return longestFirst(all);
    }

    private static void accept(Matcher m, TimexRule r, Anchoring trial, List<Extent> all) {
        if (m.end() > m.start() && r.normaliser().resolve(m, trial) != null) {
            all.add(new Extent(m.start(), m.end(), r));
        }
    }

    /** The words of a text (runs of letters and digits) with their offsets. */
    private static final class Words {
        /** How far before its cue an expression may start, and how far after the cue it may end (characters). */
        private static final int BEFORE = 40;
        private static final int AFTER = 60;
        private final String text;
        private final List<int[]> spans = new ArrayList<>();
        private final List<String> words = new ArrayList<>();
        private final List<String> lowers = new ArrayList<>();

        Words(String text) {
            this.text = text;
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                int s = i;
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                if (i > s) {
                    spans.add(new int[] {s, i});
                    String w = text.substring(s, i);
                    words.add(w);
                    lowers.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }

        /**
         * Where a rule with this cue is tried: the start of every word up to {@link #BEFORE} characters before a
         * cue word (and of an apostrophe before it: "'90s"), each with the end of the region it may match in.
         */
        int[][] startsBefore(RuleCues cue) {
            int n = spans.size();
            int[] wordEnd = new int[n]; // per word, the furthest region end from its start (0: not tried)
            int[] quoteEnd = new int[n]; // the same from the apostrophe just before it
            int count = 0;
            for (int k = 0; k < n; k++) {
                int[] w = spans.get(k);
                if (!cue.test(words.get(k), lowers.get(k))) {
                    continue;
                }
                int end = Math.min(text.length(), w[1] + AFTER);
                for (int j = k; j >= 0 && spans.get(j)[0] >= w[0] - BEFORE; j--) {
                    int s = spans.get(j)[0];
                    count += wordEnd[j] == 0 ? 1 : 0;
                    wordEnd[j] = Math.max(wordEnd[j], end);
                    if (s > 0 && text.charAt(s - 1) == '\'') {
                        count += quoteEnd[j] == 0 ? 1 : 0;
                        quoteEnd[j] = Math.max(quoteEnd[j], end);
                    }
                }
            }
            return inTextOrder(wordEnd, quoteEnd, count);
        }

        /** The starts in text order: an apostrophe lies after the word before and just before its own word. */
        private int[][] inTextOrder(int[] wordEnd, int[] quoteEnd, int count) {
            int[][] a = new int[count][];
            int i = 0;
            for (int j = 0; j < wordEnd.length; j++) {
                int s = spans.get(j)[0];
                if (quoteEnd[j] > 0) {
                    a[i++] = new int[] {s - 1, quoteEnd[j]};
                }
                if (wordEnd[j] > 0) {
                    a[i++] = new int[] {s, wordEnd[j]};
                }
            }
            return a;
        }
    }

    private List<Extent> longestFirst(List<Extent> all) {
        return org.vigil.text.NonOverlapping.keep(all, Comparator.comparingInt(Extent::length).reversed()
                .thenComparingInt(e -> rules.indexOf(e.rule())), Extent::start, Extent::end);
    }
}
