package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Precision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.text.CleanTextStage;
import org.vigil.text.SentenceStage;

class DateStageTest {
    private static AnnotatedDocument run(String text, DateRange published) {
        AnnotatedDocument doc = new AnnotatedDocument(new Document("d", "t.txt", "P", null, published, Instant.EPOCH, text, null, null));
        new CleanTextStage().process(doc);
        new SentenceStage().process(doc);
        new DateStage().process(doc);
        return doc;
    }

    private static TimeMention find(AnnotatedDocument doc, String text) {
        return doc.get(Keys.TIMES).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + text + "' in " + doc.get(Keys.TIMES)));
    }

    @Test
    void relativeDatesLookBackAcrossTheYearBoundary() {
        AnnotatedDocument doc = run("On Friday crowds returned. The movement began last December and grew in November.",
                DateRange.day(LocalDate.of(2021, 1, 3), null));
        assertEquals(LocalDate.of(2021, 1, 1), find(doc, "Friday").range().start());
        assertEquals(LocalDate.of(2020, 12, 1), find(doc, "last December").range().start());
        assertEquals(Precision.MONTH, find(doc, "last December").range().precision());
        assertEquals(LocalDate.of(2020, 11, 30), find(doc, "November").range().end());
    }

    @Test
    void datelineSetsThePublicationDateAndAnchorsWeekdays() {
        AnnotatedDocument doc = run("Strike in La Paz\n\nLA PAZ, March 12, 2020 - Miners marched on Tuesday night.", null);
        assertEquals(LocalDate.of(2020, 3, 12), doc.document().published().start());
        assertEquals(LocalDate.of(2020, 3, 10), find(doc, "Tuesday night").range().start());
    }

    @Test
    void explicitDateInTheTextAnchorsWhenPublicationIsUnknown() {
        AnnotatedDocument doc = run("Unrest started Monday in Lagos. After the raid on 9 June 2021, the governor spoke.", null);
        assertNull(doc.document().published());
        assertEquals(LocalDate.of(2021, 6, 7), find(doc, "Monday").range().start());
    }

    @Test
    void noAnchorNoRelativeDate() {
        AnnotatedDocument doc = run("Protesters returned on Friday and again yesterday.", null);
        assertTrue(doc.get(Keys.TIMES).isEmpty(), doc.get(Keys.TIMES).toString());
    }

    @Test
    void copyrightYearIsAWeakPublicationDateAndHistoryIsFramed() {
        AnnotatedDocument doc = run("Exiles recalled the 1973 coup and the disappearances since 1974.\n\nCopyright © 2019 Example Media",
                null);
        assertEquals(Precision.YEAR, doc.document().published().precision());
        assertEquals(2019, doc.document().published().start().getYear());
        assertTrue(find(doc, "1973").pastFramed());
        assertEquals(1973, find(doc, "1973").range().start().getYear());
        assertTrue(find(doc, "1974").pastFramed());
    }

    @Test
    void yesterdaysPossessiveIsNewsAYearsIsHistory() {
        AnnotatedDocument doc = run("He said six people died in Tuesday's unrest, the worst since 1988's massacre.",
                DateRange.day(LocalDate.of(2024, 6, 26), null));
        assertTrue(!find(doc, "Tuesday").pastFramed(), "yesterday's unrest is news");
        assertTrue(find(doc, "1988").pastFramed());
        AnnotatedDocument since = run("Seven protesters have been killed since Monday, and hundreds since 1979.",
                DateRange.day(LocalDate.of(2022, 9, 21), null));
        assertTrue(!find(since, "Monday").pastFramed(), "since Monday is this week");
        assertTrue(find(since, "1979").pastFramed());
    }

    @Test
    void lowerCaseMonthNamesAreWords() {
        AnnotatedDocument doc = run("Officials may march to the square.", DateRange.day(LocalDate.of(2020, 5, 1), null));
        assertTrue(doc.get(Keys.TIMES).isEmpty(), doc.get(Keys.TIMES).toString());
    }
}
