package org.vigil.classify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hashed bag of words: lower-cased word unigrams and bigrams (digits folded to {@code 0}), each hashed with
 * 32-bit FNV-1a into {@code 2^bits} buckets, present-or-absent, scaled to unit length. The same text always
 * gives the same vector, on any machine.
 */
public final class HashedFeatures {
    private final int bits;

    public HashedFeatures(int bits) {
        if (bits < 8 || bits > 24) {
            throw new IllegalArgumentException("bits out of range: " + bits);
        }
        this.bits = bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    /** A sparse vector: sorted distinct bucket indices and one shared value (1/sqrt(n)). */
    public record Vector(int[] indices, float value) {
    }

    public Vector of(String text) {
        return of(text, List.of());
    }

    /**
     * The text's words and bigrams plus named features (each hashed as {@code x:NAME}), e.g. what a lexicon
     * found in the text.
     */
    public Vector of(String text, List<String> extra) {
        List<String> words = words(text);
        int[] idx = new int[words.size() * 2 + 1 + extra.size()];
        int n = 0;
        for (String x : extra) {
            idx[n++] = bucket("x:" + x);
        }
        idx[n++] = bucket("<bias>");
        String prev = "<s>";
        for (String w : words) {
            idx[n++] = bucket("u:" + w);
            idx[n++] = bucket("b:" + prev + " " + w);
            prev = w;
        }
        int[] sorted = Arrays.stream(idx, 0, n).sorted().distinct().toArray();
        return new Vector(sorted, (float) (1.0 / Math.sqrt(sorted.length)));
    }

    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                cur.append(c);
            } else if (Character.isDigit(c)) {
                cur.append('0');
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    private int bucket(String feature) {
        int h = 0x811c9dc5;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x01000193;
        }
        return (h ^ (h >>> bits)) & ((1 << bits) - 1);
    }
}
