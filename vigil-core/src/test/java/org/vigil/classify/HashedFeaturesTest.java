package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashedFeaturesTest {
    private static final String TEXT = "Police tear-gassed the march; no arrests were made. Police left.";

    @Test
    void sameTextSameVectorOfUnitLength() {
        HashedFeatures f = new HashedFeatures(16);
        HashedFeatures.Vector a = f.of(TEXT);
        assertArrayEquals(a.indices(), f.of(TEXT).indices());
        assertEquals(1.0, norm(a), 1e-5);
        int[] sorted = a.indices().clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, a.indices());
        assertEquals(a.indices().length, Arrays.stream(a.indices()).distinct().count());
    }

    @Test
    void rawPresenceAndLogCounts() {
        HashedFeatures.Vector raw = new HashedFeatures(new HashedFeatures.Options(16, false, false, false, false, true))
                .of("police police police");
        assertTrue(max(raw) == 1f, "present-or-absent: every value 1");
        HashedFeatures.Vector counted = new HashedFeatures(new HashedFeatures.Options(16, false, false, false, true, true))
                .of("police police police");
        assertEquals(Math.log1p(3), max(counted), 1e-6); // u:police thrice
    }

    @Test
    void optionsAddFeatures() {
        int words = new HashedFeatures(18).of(TEXT).indices().length;
        int negated = new HashedFeatures(new HashedFeatures.Options(18, false, true, false, false, false)).of(TEXT)
                .indices().length;
        int grams = new HashedFeatures(new HashedFeatures.Options(18, true, false, false, false, false)).of(TEXT)
                .indices().length;
        int length = new HashedFeatures(new HashedFeatures.Options(18, false, false, true, false, false)).of(TEXT)
                .indices().length;
        assertEquals(words + 3, negated, "n:arrests, n:were, n:made");
        assertEquals(words + 1, length);
        assertTrue(grams > words * 3);
    }

    @Test
    void charGramsLinkSpellings() {
        HashedFeatures f = new HashedFeatures(new HashedFeatures.Options(20, true, false, false, false, true));
        Set<Integer> a = set(f.of("teargassed"));
        Set<Integer> b = set(f.of("tear gas"));
        a.retainAll(b);
        assertTrue(a.size() >= 5, "shared grams such as <te, tea, gas: " + a.size());
    }

    @Test
    void optionsRoundTripThroughFlags() {
        HashedFeatures.Options o = new HashedFeatures.Options(18, true, false, true, false, true);
        assertEquals(o, HashedFeatures.Options.of(18, o.flags()));
    }

    private static double norm(HashedFeatures.Vector v) {
        double s = 0;
        for (float x : v.values()) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static float max(HashedFeatures.Vector v) {
        float m = 0;
        for (float x : v.values()) {
            m = Math.max(m, x);
        }
        return m;
    }

    @Test
    void bitSetGivesWhatSortingGives() {
        java.util.Random r = new java.util.Random(16);
        for (int flags : new int[] {0, 8, 16, 24}) {
            HashedFeatures f = new HashedFeatures(HashedFeatures.Options.of(12, flags));
            for (int round = 0; round < 50; round++) {
                int n = r.nextInt(3000);
                int[] idx = new int[n];
                for (int k = 0; k < n; k++) {
                    idx[k] = r.nextInt(round % 2 == 0 ? 1 << 12 : 40); // spread out, and few buckets recurring
                }
                HashedFeatures.Vector sorted = f.sortedVector(idx, n);
                HashedFeatures.Vector dense = f.vector(idx, n);
                assertArrayEquals(sorted.indices(), dense.indices(), "flags " + flags + " n " + n);
                assertArrayEquals(sorted.values(), dense.values(), "flags " + flags + " n " + n);
            }
        }
    }

    private static Set<Integer> set(HashedFeatures.Vector v) {
        Set<Integer> s = new HashSet<>();
        Arrays.stream(v.indices()).forEach(s::add);
        return s;
    }
}
