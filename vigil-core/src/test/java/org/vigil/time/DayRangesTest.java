package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayRangesTest {
    private static final LocalDate DCT = LocalDate.parse("2019-06-20");
    private final TimexTimeTagger tagger = new TimexTimeTagger();

    private List<String> ranges(String text) {
        return tagger.tag(text, DCT, null).stream()
                .map(m -> m.text() + "=" + m.range().start() + ".." + m.range().end() + "/" + m.range().precision().label())
                .toList();
    }

    @Test
    void aDashOrToAfterTheDayWidensItToTheRange() {
        assertEquals(List.of("June 11-13=2019-06-11..2019-06-13/day"), ranges("Dock workers struck on June 11-13 in Durban."));
        assertEquals(List.of("June 11 to 14, 2018=2018-06-11..2018-06-14/day"), ranges("Sit-ins ran June 11 to 14, 2018, at the port."));
    }

    @Test
    void aNumberBeforeTheDayStartsTheRange() {
        assertEquals(List.of("4–6 June 2019=2019-06-04..2019-06-06/day"), ranges("Marches were held 4–6 June 2019 in Kampala."));
        assertEquals(List.of("from 3 to 5 June=2019-06-03..2019-06-05/day"), ranges("The blockade lasted from 3 to 5 June, police said."));
        assertEquals(List.of("Between 10 and 12 June=2019-06-10..2019-06-12/day"), ranges("Between 10 and 12 June, crowds gathered."));
    }

    @Test
    void twoTaggedDaysJoinedByToAreOneRange() {
        assertEquals(List.of("May 30 to June 2=2019-05-30..2019-06-02/day"), ranges("Vigils were held May 30 to June 2 in Lima."));
    }

    @Test
    void countsAndListsAreNotRanges() {
        assertEquals(List.of("June 1=2019-06-01..2019-06-01/day"), ranges("On June 1 - 20 people were hurt in Quito."));
        assertEquals(List.of("5 June=2019-06-05..2019-06-05/day"), ranges("Police held 3 and 5 June as rest days."));
        assertEquals(List.of("June 14=2019-06-14..2019-06-14/day"), ranges("On June 14 - 9 were arrested."));
    }
}
