package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserTest {
    private final QuantityParser parser = new QuantityParser();

    private Quantity only(String text) {
        List<Quantity> q = parser.find(text, 0, text.length());
        assertEquals(1, q.size(), () -> "quantities in '" + text + "': " + q);
        return q.get(0);
    }

    @Test
    void digitsWithSeparators() {
        assertEquals(30000L, only("30,000").low());
        assertEquals(120000L, only("120.000").low(), "European thousands separator");
        assertEquals(1500000L, only("1.5 million").low());
        assertEquals(200000L, only("2 lakh").low(), "South Asian numbering");
        assertEquals(150000L, only("1.5 lakh").low());
        assertEquals(30000000L, only("3 crore").low());
    }

    @Test
    void wordsAndCompounds() {
        assertEquals(4L, only("four").low());
        assertEquals(23L, only("twenty-three").low());
        assertEquals(200L, only("two hundred").low());
        assertEquals(120L, only("one hundred and twenty").low());
        assertEquals(150L, only("a hundred and fifty").low());
        assertEquals(2, parser.find("killed two and wounded three", 0, 28).size(), "two counts, not one");
    }

    @Test
    void vagueQuantitiesBecomeRanges() {
        Quantity q = only("dozens");
        assertEquals(24L, q.low());
        assertEquals(99L, q.high());
        assertEquals(20000L, only("tens of thousands").low());
    }

    @Test
    void boundsOpenTheRange() {
        Quantity more = only("more than 3,000");
        assertEquals(3001L, more.low());
        assertNull(more.high());
        assertEquals("more than", more.hedge());
        Quantity least = only("at least 12");
        assertEquals(12L, least.low());
        assertNull(least.high());
        Quantity upTo = only("up to 50");
        assertNull(upTo.low());
        assertEquals(50L, upTo.high());
    }

    @Test
    void daysAndYearsOfDatesAreNoCounts() {
        assertEquals(6L, only("Harare, May 22, 2018 - soldiers killed 6 people").low());
        assertEquals(12L, only("On 3 March 2021 police detained 12 students").low());
        assertEquals(40L, only("on the 9th of November, 40 marchers were held").low());
        assertEquals(2L, only("Dec. 5 - two people died").low());
    }
}
