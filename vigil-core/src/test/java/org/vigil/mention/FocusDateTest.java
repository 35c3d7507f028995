package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;

/** Undated mentions take the last news date in focus; statements fall back to the publication day. */
class FocusDateTest {
    private static List<Mention> mentions(String text, DateRange published) throws Exception {
        Document d = new Document("d", "t.txt", "Danube Post", null, published, Instant.EPOCH, text, null, null);
        AnnotatedDocument doc = StandardPipeline.create().run(new AnnotatedDocument(d));
        return doc.get(Keys.MENTIONS);
    }

    private static Mention first(List<Mention> ms, PloverType type, String place) {
        return ms.stream().filter(m -> m.type() == type && m.place() != null && m.place().nameAsWritten().equals(place))
                .findFirst().orElseThrow(() -> new AssertionError(type + " in " + place + ": " + ms));
    }

    @Test
    void laterParagraphWithoutDateGoesOnWithTheLastDateInFocus() throws Exception {
        String text = "On Tuesday, tens of thousands marched in Bucharest against the new tax law.\n\n"
                + "In Cluj, students protested outside the university.";
        List<Mention> ms = mentions(text, DateRange.day(LocalDate.of(2022, 3, 10), null));
        assertEquals(LocalDate.of(2022, 3, 8), first(ms, PloverType.PROTEST, "Bucharest").date().start());
        assertEquals(LocalDate.of(2022, 3, 8), first(ms, PloverType.PROTEST, "Cluj").date().start());
    }

    @Test
    void historicalDatesAreNoFocusForNews() throws Exception {
        String text = "In 1989 the army killed hundreds of protesters in Timisoara.\n\n"
                + "Students protested in Cluj.";
        List<Mention> ms = mentions(text, DateRange.day(LocalDate.of(2022, 3, 10), null));
        assertNull(first(ms, PloverType.PROTEST, "Cluj").date(), "no news date stated, none invented");
    }

    @Test
    void undatedStatementIsDatedByItsReport() throws Exception {
        String text = "The European Commission condemned the arrests of journalists in Romania.";
        List<Mention> ms = mentions(text, DateRange.day(LocalDate.of(2022, 3, 10), null));
        Mention accuse = ms.stream().filter(m -> m.type() == PloverType.ACCUSE).findFirst().orElseThrow(() -> new AssertionError(ms));
        assertEquals(LocalDate.of(2022, 3, 10), accuse.date().start());
    }
}
