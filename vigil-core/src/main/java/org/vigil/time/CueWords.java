package org.vigil.time;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text (runs of letters and digits) with their offsets and, found in one pass, the {@link RuleCues}
 * each of them is (bit {@code ordinal} of its mask); from those, where a rule with a given cue is tried.
 */
final class CueWords {
    /** How far before its cue an expression may start, and how far after the cue it may end (characters). */
    private static final int BEFORE = 40;
    private static final int AFTER = 60;
    private final String text;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] masks = new int[64];
    private int size;
    /** Which cues some word is, so that a cue no word is costs nothing. */
    private int anyMask;

    CueWords(String text) {
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
                add(s, i);
            }
        }
    }

    private void add(int s, int e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            masks = Arrays.copyOf(masks, size * 2);
        }
        String word = text.substring(s, e);
        int mask = RuleCues.maskOf(word, word.toLowerCase(Locale.ROOT));
        starts[size] = s;
        ends[size] = e;
        masks[size++] = mask;
        anyMask |= mask;
    }

    /**
     * Where a rule with this cue is tried: the start of every word up to {@link #BEFORE} characters before a
     * cue word (and of an apostrophe before it: "'90s"), each as {start, end of the region it may match in}.
     */
    int[][] startsBefore(RuleCues cue) {
        int bit = 1 << cue.ordinal();
        if ((anyMask & bit) == 0) {
            return new int[0][];
        }
        int[] wordEnd = new int[size]; // per word, the furthest region end from its start (0: not tried)
        int[] quoteEnd = new int[size]; // the same from the apostrophe just before it
        int count = 0;
        for (int k = 0; k < size; k++) {
            if ((masks[k] & bit) == 0) {
                continue;
            }
            int end = Math.min(text.length(), ends[k] + AFTER);
            for (int j = k; j >= 0 && starts[j] >= starts[k] - BEFORE; j--) {
                int s = starts[j];
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
        for (int j = 0; j < size; j++) {
            int s = starts[j];
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
