package org.vigil.bench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Span;
import org.vigil.time.Timex;
import org.vigil.time.TimexType;

class TimexScorerTest {
    private static final String XML = "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2013-03-22\" functionInDocument=\"CREATION_TIME\">"
            + "March 22, 2013</TIMEX3></DCT><TEXT>\nHe said <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2013-03-22\">Friday</TIMEX3> that "
            + "&quot;<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P2D\">two days</TIMEX3>&quot; and <TIMEX3 tid=\"t3\" type=\"DATE\" "
            + "value=\"2013-03-21\">Thursday night</TIMEX3> <EVENT eid=\"e1\">mattered</EVENT>.\n</TEXT></TimeML>";

    private static Timex sys(int s, int e, TimexType type, String value) {
        return new Timex(new Span(s, e), "", type, value, null, null);
    }

    @Test
    void readerStripsTagsAndKeepsOffsets() {
        TimeMLDocument d = TimeMLReader.parse("x.tml", XML);
        assertEquals("2013-03-22", d.dct().toString());
        assertEquals("\nHe said Friday that \"two days\" and Thursday night mattered.\n", d.text());
        for (TimeMLDocument.GoldTimex g : d.timexes()) {
            assertEquals(g.text(), d.text().substring(g.start(), g.end()));
        }
        assertEquals(3, d.timexes().size());
    }

    @Test
    void strictRelaxedTypeAndValue() {
        TimeMLDocument d = TimeMLReader.parse("x.tml", XML);
        List<Timex> system = List.of(
                sys(9, 15, TimexType.DATE, "2013-03-22"),       // exact, right value
                sys(22, 25, TimexType.DURATION, "P3D"),         // overlaps "two days", wrong value
                sys(36, 44, TimexType.DATE, "2013-03-21"),      // "Thursday" of "Thursday night": relaxed, right value
                sys(1, 3, TimexType.DATE, "PRESENT_REF"));      // spurious
        TimexScore s = TimexScorer.score(d.timexes(), system);
        assertEquals(new TimexScore(4, 3, 3, 1, 3, 2), s);
        assertEquals(2 * 0.25 * (1 / 3.0) / (0.25 + 1 / 3.0), s.strictF1(), 1e-9);
        assertEquals(2 * 0.5 * (2 / 3.0) / (0.5 + 2 / 3.0), s.valueF1(), 1e-9);
        assertEquals(1.0, s.typeAccuracy(), 1e-9);
    }
}
