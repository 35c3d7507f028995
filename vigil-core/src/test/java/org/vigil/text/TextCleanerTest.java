package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    private final TextCleaner cleaner = new TextCleaner();

    private static String fixture(String name) throws IOException {
        try (InputStream in = TextCleanerTest.class.getResourceAsStream("/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void removesFurnitureAndKeepsTheArticle() throws IOException {
        String clean = cleaner.clean(fixture("furniture-page.txt"));
        assertTrue(clean.contains("Thousands of teachers marched through central Nairobi"));
        assertTrue(clean.contains("the strike would continue"));
        for (String furniture : new String[] {"300 x 250", "Share this", "Print Friendly", "Related articles",
                "Nurses threaten walkout", "Leave a Reply", "Copyright", "Home »"}) {
            assertFalse(clean.contains(furniture), "kept furniture: " + furniture);
        }
    }

    @Test
    void collapsesRepeatedHeadline() throws IOException {
        String clean = cleaner.clean(fixture("furniture-page.txt"));
        assertEquals(clean.indexOf("Teachers march in Nairobi over unpaid salaries"),
                clean.lastIndexOf("Teachers march in Nairobi over unpaid salaries"));
    }

    @Test
    void keepsShortLinesInTheBodyAndTailMarkersEarlyInThePage() {
        String text = "Related posts\nA long first paragraph about the strike in Lima.\nSecond paragraph.\nThird.\n";
        String clean = cleaner.clean(text);
        assertTrue(clean.contains("Second paragraph."), clean);
    }

    @Test
    void titleIsFirstHeadlineLikeLine() {
        assertEquals("Riot police clear square", TextCleaner.title("Riot police clear square\nBody text here."));
    }
}
