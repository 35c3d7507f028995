package org.vigil.bench.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScorerTest {

    @Test
    void aPerfectPageScoresOne() {
        ShingleScorer.PageScore s = ShingleScorer.page("one two three four five", "one, two; three four five!");
        assertEquals(1.0, s.tp(), 1e-9);
        assertEquals(true, s.exact());
    }

    @Test
    void countsAreNormalisedPerPage() {
        // truth shingles: (a b c d), (b c d e); predicted adds (c d e f)
        ShingleScorer.PageScore s = ShingleScorer.page("a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, s.tp(), 1e-9);
        assertEquals(1.0 / 3, s.fp(), 1e-9);
        assertEquals(0.0, s.fn(), 1e-9);
    }

    @Test
    void anEmptyPredictionCountsAgainstRecallOnly() {
        ShingleScorer.Score s = ShingleScorer.score(Map.of("x", "a b c d e", "y", "f g h i j"),
                Map.of("x", "a b c d e"), 10, 1);
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
    }

    @Test
    void tokensAreWhatPythonCallsWords() {
        // a combining accent is no word character in Python's re, so it splits the word as the reference does
        assertEquals(java.util.List.of("cafe", "au", "lait_2"), ShingleScorer.tokens("cafe\u0301 au lait_2!"));
        assertEquals(java.util.List.of("café"), ShingleScorer.tokens("café"));
    }

    @Test
    void shortTextsAreOneShingle() {
        assertEquals(1, ShingleScorer.shingles(ShingleScorer.tokens("just two")).size());
    }
}
