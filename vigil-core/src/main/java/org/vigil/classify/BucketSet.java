package org.vigil.classify;

/**
 * One thread's bit set of hashed buckets (and their counts when counted) for {@link HashedFeatures}: marked, then
 * read back in ascending order and left clear for the next vector.
 */
final class BucketSet {
    private final long[] seen;
    private final int[] counts;
    private int lo;
    private int hi;

    BucketSet(int bits, boolean counted) {
        seen = new long[Math.max(1, (1 << bits) >>> 6)];
        counts = counted ? new int[1 << bits] : null;
    }

    /** Marks the buckets; returns how many distinct ones there are. */
    int mark(int[] idx, int n) {
        int m = 0;
        lo = seen.length;
        hi = -1;
        for (int k = 0; k < n; k++) {
            int b = idx[k];
            int w = b >>> 6;
            long bit = 1L << b;
            if ((seen[w] & bit) == 0) {
                seen[w] |= bit;
                m++;
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
            }
            if (counts != null) {
                counts[b]++;
            }
        }
        return m;
    }

    /** Writes the marked buckets in ascending order with their values, clears them; returns the squared norm. */
    double drain(int[] ind, float[] val) {
        int i = 0;
        double norm = 0;
        for (int w = lo; w <= hi; w++) {
            long x = seen[w];
            seen[w] = 0;
            while (x != 0) {
                int b = (w << 6) | Long.numberOfTrailingZeros(x);
                x &= x - 1;
                float v = 1f;
                if (counts != null) {
                    v = (float) Math.log1p(counts[b]);
                    counts[b] = 0;
                }
                ind[i] = b;
                val[i++] = v;
                norm += v * v;
            }
        }
        return norm;
    }
}
