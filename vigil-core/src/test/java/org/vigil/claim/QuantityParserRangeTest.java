package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityParserRangeTest {
    private static Quantity one(String text) {
        List<Quantity> qs = new QuantityParser().find(text, 0, text.length());
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void explicitRangesAreOneQuantity() {
        Quantity a = one("between 10 and 15 people were hurt");
        assertEquals(10L, a.low());
        assertEquals(15L, a.high());
        Quantity b = one("2,000 to 3,000 marched");
        assertEquals(2000L, b.low());
        assertEquals(3000L, b.high());
        Quantity c = one("20-25 were detained");
        assertEquals(20L, c.low());
        assertEquals(25L, c.high());
    }

    @Test
    void yearSpansAreNoRanges() {
        assertEquals(2, new QuantityParser().find("from 2019-2020 on", 0, 17).size());
    }
}
