package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SloganFinderTest {
    /** The pattern the pre-check stands in front of, as SloganFinder writes it. */
    private static final Pattern CHANT = Pattern.compile("(?i)\\b(chant|slogan|cries|cried|shout|sang|sing|chanting|chanted|banners?|placards?|graffiti)");

    @Test
    void preCheckNeverRejectsWhatThePatternFinds() {
        List<String> texts = List.of("Crowds CHANTED \"down with him\".", "They were using tear gas.", "SLOGANS", "graffiti",
                "xsing", "_sing", "9sang", "ésing", "ſlogan", "crıes", "Placards read \"enough\"", "a banner", "", "sin",
                "rising prices", "(sing)", "Ban", "Shouting erupted", "Cried");
        for (String t : texts) {
            boolean found = CHANT.matcher(t).find();
            if (found) {
                assertTrue(SloganFinder.mayChant(t), t);
            }
        }
        assertFalse(SloganFinder.mayChant("They were using tear gas and rising anger."));
        assertFalse(SloganFinder.mayChant("ſlogan crıes"));
        assertTrue(SloganFinder.mayChant("ésing"), "a non-ASCII letter is left to the pattern");
    }

    @Test
    void slogansOfAChantingSentence() {
        String text = "They chanted \"down with the dictator.\" loudly";
        assertEquals(List.of("down with the dictator"), SloganFinder.slogans(
                new org.vigil.text.Sentence(0, new org.vigil.model.Span(0, text.length()), text, List.of())));
        String plain = "They sang \"the anthem\" in using words";
        assertEquals(List.of("the anthem"), SloganFinder.slogans(
                new org.vigil.text.Sentence(0, new org.vigil.model.Span(0, plain.length()), plain, List.of())));
    }
}
