package org.vigil.util;

/** Sorts a long array ascending together with a parallel int array (quicksort, no boxing). */
public final class IndexSort {
    private IndexSort() {
    }

    public static void sortPairs(long[] keys, int[] vals, int n) {
        sort(keys, vals, 0, n - 1);
    }

    private static void sort(long[] k, int[] v, int lo, int hi) {
        while (lo < hi) {
            long pivot = k[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (k[i] < pivot) {
                    i++;
                }
                while (k[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(k, v, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(k, v, lo, j);
                lo = i;
            } else {
                sort(k, v, i, hi);
                hi = j;
            }
        }
    }

    private static void swap(long[] k, int[] v, int a, int b) {
        long t = k[a];
        k[a] = k[b];
        k[b] = t;
        int u = v[a];
        v[a] = v[b];
        v[b] = u;
    }
}
