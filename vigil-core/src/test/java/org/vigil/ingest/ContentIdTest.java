package org.vigil.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ContentIdTest {
    @Test
    void spaceCollapsedAsTheRegexDoes() {
        Random r = new Random(3);
        String alphabet = " \t\n\u000b\f\r\u00a0\u2003\u0085x.";
        for (int t = 0; t < 500; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertEquals(s.replaceAll("\\s+", " "), DocumentLoader.collapseSpace(s), s);
        }
    }

    @Test
    void sameReportSameIdWhateverItsSpacing() {
        assertEquals(DocumentLoader.contentId("Police fired\n\ntear gas. "), DocumentLoader.contentId(" Police fired tear\tgas."));
        assertNotEquals(DocumentLoader.contentId("Police fired tear gas."), DocumentLoader.contentId("Police fired\u00a0tear gas."));
    }
}
