package org.vigil.classify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Hashed bag of words: lower-cased word unigrams and bigrams (digits folded to {@code 0}), each hashed with
 * 32-bit FNV-1a into {@code 2^bits} buckets, and by {@link Options} also the character 3- to 5-grams of each
 * word, words marked as negated ({@code n:arrests} after "no", "not", ... up to the clause's end) and a
 * note-length bucket. Each feature counts once or {@code log(1+tf)} times; the vector is scaled to unit length unless raw.
 * The same text always gives the same vector, on any machine.
 */
public final class HashedFeatures {
    /**
     * What is hashed besides word unigrams and bigrams.
     *
     * @param charGrams character 3- to 5-grams of each word, padded with {@code <} and {@code >}
     * @param negation  words in a negated clause also as {@code n:word}
     * @param lengths   a bucket of the text's length in words ({@code log2})
     * @param counts    {@code log(1+tf)} instead of present-or-absent
     * @param raw       values as they are, not scaled to unit length
     */
    public record Options(int bits, boolean charGrams, boolean negation, boolean lengths, boolean counts,
                          boolean raw) {
        public Options {
            if (bits < 8 || bits > 24) {
                throw new IllegalArgumentException("bits out of range: " + bits);
            }
        }

        /** Words only, present-or-absent. */
        public static Options words(int bits) {
            return new Options(bits, false, false, false, false, false);
        }

        int flags() {
            return (charGrams ? 1 : 0) | (negation ? 2 : 0) | (lengths ? 4 : 0) | (counts ? 8 : 0) | (raw ? 16 : 0);
        }

        static Options of(int bits, int flags) {
            return new Options(bits, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                    (flags & 16) != 0);
        }
    }

    private static final int SEED = 0x811c9dc5;
    private static final int PRIME = 0x01000193;
    /** FNV-1a states after the prefixes of bigram and character-gram features ("b:", "c:"). */
    private static final int BIGRAM = fnv(SEED, "b:");
    private static final int GRAM = fnv(SEED, "c:");
    private static final int UNIGRAM = fnv(SEED, "u:");
    /** Up to this many hash bits, a vector's buckets are gathered in a per-thread bit set instead of sorted. */
    private static final int DENSE_BITS = 20;
    private static final int GRAM_CACHE_WORDS = 200_000;
    private final Options options;
    private final int bits;
    private final java.util.Map<String, int[]> gramCache = new java.util.concurrent.ConcurrentHashMap<>();
    private final ThreadLocal<BucketSet> scratch;

    public HashedFeatures(Options options) {
        this.options = options;
        this.bits = options.bits();
        this.scratch = ThreadLocal.withInitial(() -> new BucketSet(bits, options.counts()));
    }

    public HashedFeatures(int bits) {
        this(Options.words(bits));
    }

    public Options options() {
        return options;
    }

    public int dimension() {
        return 1 << bits;
    }

    /** A sparse vector: sorted distinct bucket indices and their values. */
    public record Vector(int[] indices, float[] values) {
    }

    public Vector of(String text) {
        return of(text, List.of());
    }

    /**
     * The text's features plus named ones (each hashed as {@code x:NAME}), e.g. what a lexicon found in the text.
     */
    public Vector of(String text, List<String> extra) {
        List<String> words = options.negation() ? NoteTokens.marked(text) : words(text);
        int[] idx = new int[16 + words.size() * 3 + extra.size()];
        int n = 0;
        for (String x : extra) {
            idx[n++] = bucket("x:" + x);
        }
        idx[n++] = bucket("<bias>");
        if (options.lengths()) {
            idx[n++] = bucket("len:" + (32 - Integer.numberOfLeadingZeros(words.size())));
        }
        int prev = fnv(BIGRAM, "<s>");
        for (String marked : words) {
            String w = NoteTokens.plain(marked);
            int room = n + 4 + 3 * (w.length() + 2);
            if (room > idx.length) {
                idx = Arrays.copyOf(idx, Math.max(room, idx.length * 2));
            }
            idx[n++] = finish(fnv(UNIGRAM, w));
            idx[n++] = finish(fnv(fnv(prev, " "), w));
            if (!marked.equals(w)) {
                idx[n++] = finish(fnv(UNIGRAM, marked));
            }
            if (options.charGrams()) {
                int[] grams = charGrams(w);
                System.arraycopy(grams, 0, idx, n, grams.length);
                n += grams.length;
            }
            prev = fnv(BIGRAM, w);
        }
        return vector(idx, n);
    }

    /** The buckets of a word's character 3- to 5-grams; words recur, so they are kept (up to a bound). */
    private int[] charGrams(String w) {
        int[] known = gramCache.get(w);
        if (known != null) {
            return known;
        }
        String p = "<" + w + ">";
        int[] out = new int[Math.max(0, 3 * p.length() - 9)];
        int n = 0;
        for (int len = 3; len <= 5 && len < p.length(); len++) {
            for (int i = 0; i + len <= p.length(); i++) {
                out[n++] = finish(fnv(GRAM, p, i, i + len));
            }
        }
        int[] grams = n == out.length ? out : Arrays.copyOf(out, n);
        if (gramCache.size() < GRAM_CACHE_WORDS) {
            gramCache.put(w, grams);
        }
        return grams;
    }

    /**
     * Distinct buckets in ascending order with their values. Many buckets recur (a word's grams), so below
     * {@link #DENSE_BITS} they are marked in a bit set read back in order, which gives what sorting gives.
     */
    Vector vector(int[] idx, int n) {
        if (bits > DENSE_BITS || n < (1 << bits) >>> 12) {
            return sortedVector(idx, n);
        }
        BucketSet b = scratch.get();
        int m = b.mark(idx, n);
        int[] ind = new int[m];
        float[] val = new float[m];
        double norm = b.drain(ind, val);
        return scaled(ind, val, norm);
    }

    /** The same vector by sorting the buckets. */
    Vector sortedVector(int[] idx, int n) {
        int[] sorted = Arrays.copyOf(idx, n);
        Arrays.sort(sorted);
        int[] ind = new int[n];
        float[] val = new float[n];
        int m = 0;
        double norm = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            float v = options.counts() ? (float) Math.log1p(j - i) : 1f;
            ind[m] = sorted[i];
            val[m++] = v;
            norm += v * v;
            i = j;
        }
        return scaled(Arrays.copyOf(ind, m), Arrays.copyOf(val, m), norm);
    }

    private Vector scaled(int[] ind, float[] val, double norm) {
        float scale = options.raw() ? 1f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < val.length; i++) {
            val[i] *= scale;
        }
        return new Vector(ind, val);
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
        return finish(fnv(SEED, feature));
    }

    private int finish(int h) {
        return (h ^ (h >>> bits)) & ((1 << bits) - 1);
    }

    /** 32-bit FNV-1a over the UTF-8 bytes of the text, continued from {@code h}. */
    private static int fnv(int h, String s) {
        return fnv(h, s, 0, s.length());
    }

    private static int fnv(int h0, String s, int from, int to) {
        int h = h0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                h = (h ^ c) * PRIME;
            } else if (c < 0x800) {
                h = (h ^ (0xc0 | (c >> 6))) * PRIME;
                h = (h ^ (0x80 | (c & 0x3f))) * PRIME;
            } else if (Character.isSurrogate(c)) {
                return fnvBytes(h0, s.substring(from, to)); // rare: let the JDK encode pairs and lone halves
            } else {
                h = (h ^ (0xe0 | (c >> 12))) * PRIME;
                h = (h ^ (0x80 | ((c >> 6) & 0x3f))) * PRIME;
                h = (h ^ (0x80 | (c & 0x3f))) * PRIME;
            }
        }
        return h;
    }

    private static int fnvBytes(int h, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        return h;
    }
}
