package org.vigil.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinearModelTest {
    private static final List<LogisticTrainer.Example> DATA = List.of(
            new LogisticTrainer.Example("police arrested the strikers", Set.of("arrests")),
            new LogisticTrainer.Example("dozens were arrested after the march", Set.of("arrests")),
            new LogisticTrainer.Example("the rally ended peacefully", Set.of()),
            new LogisticTrainer.Example("marchers went home without incident", Set.of()));

    @Test
    void learnsAndRoundTripsByteForByte() throws Exception {
        LinearModel m = new LogisticTrainer(12, 50, 0.5, 1e-6, 1L).train(DATA, List.of("arrests"), new float[] {0.5f});
        assertEquals(List.of("arrests"), m.predict("the police arrested them"));
        assertTrue(m.predict("the rally ended").isEmpty());
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        m.write(a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LinearModel.read(new ByteArrayInputStream(a.toByteArray())).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }

    @Test
    void averagedBalancedEightBitModelKeepsOnlyUsedBucketsAndScoresAsReadBack() throws Exception {
        LogisticTrainer t = new LogisticTrainer(new LogisticTrainer.Config(
                new HashedFeatures.Options(14, true, true, true, false, true), 30, 0.05, 1e-4, true, 0.5, 8, 3L));
        LinearModel m = t.train(DATA, List.of("arrests"), new float[] {0.5f});
        assertEquals(List.of("arrests"), m.predict("the police arrested them"));
        assertTrue(m.predict("the rally ended peacefully").isEmpty());
        assertTrue(m.keptBuckets() > 0 && m.keptBuckets() < 1 << 14);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        m.write(a);
        LinearModel back = LinearModel.read(new ByteArrayInputStream(a.toByteArray()));
        HashedFeatures.Vector v = m.features().of("dozens arrested");
        assertArrayEquals(m.probabilities(v), back.probabilities(v));
        assertEquals(m.features().options(), back.features().options());
    }

    @Test
    void trainingIsDeterministic() throws Exception {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        new LogisticTrainer(12, 5, 0.5, 1e-6, 7L).train(DATA, List.of("arrests"), new float[] {0.5f}).write(a);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new LogisticTrainer(12, 5, 0.5, 1e-6, 7L).train(DATA, List.of("arrests"), new float[] {0.5f}).write(b);
        assertArrayEquals(a.toByteArray(), b.toByteArray());
    }
}
