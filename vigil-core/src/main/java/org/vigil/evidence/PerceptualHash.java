package org.vigil.evidence;

import java.awt.image.BufferedImage;

/**
 * The 64-bit difference hash (dHash) of an image: the picture reduced to 9 by 8 cells of mean luminance, one bit per
 * cell for "brighter than its right-hand neighbour". Re-encoding, resizing and mild recompression change few bits;
 * a different picture differs in about half of them (32 of 64).
 *
 * <p>Two images are near-duplicates when their hashes differ in at most {@link #NEAR_DUPLICATE_DISTANCE} bits: a
 * re-posted copy (re-saved as JPEG at another quality, scaled down to a third) stays within 0 to 6 bits in the tests;
 * 10 leaves room for a crop of a few per cent or a light filter, while the chance that two unrelated pictures fall
 * within 10 bits is small (the distance of unrelated hashes is roughly binomial around 32). A near-duplicate is a
 * lead for a person to check, never a verdict.
 */
public final class PerceptualHash {
    public static final int NEAR_DUPLICATE_DISTANCE = 10;
    private static final int COLUMNS = 9;
    private static final int ROWS = 8;

    private PerceptualHash() {
    }

    public static long dHash(BufferedImage image) {
        double[][] cells = cellLuminance(image);
        long hash = 0;
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS - 1; x++) {
                hash = (hash << 1) | (cells[y][x] > cells[y][x + 1] ? 1 : 0);
            }
        }
        return hash;
    }

    /** The number of bits in which two hashes differ (0..64). */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static boolean nearDuplicates(long a, long b) {
        return distance(a, b) <= NEAR_DUPLICATE_DISTANCE;
    }

    /** The hash as 16 hex digits, as the API shows it. */
    public static String hex(long hash) {
        return String.format("%016x", hash);
    }

    /** Mean luminance of each cell of a 9 x 8 grid over the whole image (a box filter: any size maps alike). */
    private static double[][] cellLuminance(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[][] sum = new double[ROWS][COLUMNS];
        long[][] count = new long[ROWS][COLUMNS];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            int cy = Math.min(ROWS - 1, (int) ((long) y * ROWS / h));
            for (int x = 0; x < w; x++) {
                int cx = Math.min(COLUMNS - 1, (int) ((long) x * COLUMNS / w));
                int p = row[x];
                sum[cy][cx] += 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
                count[cy][cx]++;
            }
        }
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLUMNS; x++) {
                sum[y][x] = count[y][x] == 0 ? 0 : sum[y][x] / count[y][x];
            }
        }
        return sum;
    }
}
