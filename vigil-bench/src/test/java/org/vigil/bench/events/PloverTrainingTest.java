package org.vigil.bench.events;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PloverTrainingTest {
    @Test
    void cameoCodesMapByTheLongestListedPrefix() {
        Map<String, String> m = PloverTraining.cameo();
        assertEquals("AGREE", PloverTraining.plover(m, "036"));
        assertEquals("CONCEDE", PloverTraining.plover(m, "083"));
        assertEquals("RETREAT", PloverTraining.plover(m, "0841"));
        assertEquals("SANCTION", PloverTraining.plover(m, "162"));
        assertEquals("COERCE", PloverTraining.plover(m, "163"));
        assertEquals("REQUEST", PloverTraining.plover(m, "1053"));
        assertEquals("ASSAULT", PloverTraining.plover(m, "1712"));
        assertNull(PloverTraining.plover(m, "010"));
        assertNull(PloverTraining.plover(m, "345"));
    }

    @Test
    void overlapIsAnySharedRunOfEightWords() {
        Set<String> gold = PloverTraining.shingles("The army of Gondor attacked the town of Osgiliath on Monday morning.");
        assertTrue(PloverTraining.shingles("Yesterday the army of Gondor attacked the town of Osgiliath again")
                .stream().anyMatch(gold::contains));
        assertFalse(PloverTraining.shingles("The army of Rohan attacked the town of Edoras on Monday morning")
                .stream().anyMatch(gold::contains));
        assertEquals(Set.of("short text"), PloverTraining.shingles("Short, text!"));
    }

    @Test
    void sameSentencesSameModelBytes() throws Exception {
        List<PloverModelTrainer.Sample> s = List.of(
                new PloverModelTrainer.Sample("Police arrested forty students.", "COERCE", List.of("main:COERCE")),
                new PloverModelTrainer.Sample("The two ministers met in Rome.", "CONSULT", List.of("main:CONSULT")));
        PloverModelTrainer.Settings settings = new PloverModelTrainer.Settings(12, 3, 0.5, 1e-6);
        assertArrayEquals(bytes(s, settings), bytes(s, settings));
    }

    private static byte[] bytes(List<PloverModelTrainer.Sample> s, PloverModelTrainer.Settings settings) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PloverModelTrainer.train(s, settings).write(out);
        return out.toByteArray();
    }
}
