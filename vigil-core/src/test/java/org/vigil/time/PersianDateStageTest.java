package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.mention.StageFixture;
import org.vigil.model.DateRange;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.model.Precision;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.text.CleanTextStage;
import org.vigil.text.Sentence;
import org.vigil.text.SentenceStage;

/** The real date stage on Persian reports and on English reports that give Iranian dates. */
class PersianDateStageTest {
    /** A short report in the project's own words, published Thursday 27 Ordibehesht 1397 (2018-05-17). */
    private static final String REPORT = "تجمع بازنشستگان در اصفهان\n\n"
            + "بازنشستگان فولاد روز سه‌شنبه مقابل استانداری تجمع کردند.\n"
            + "به گفته یکی از آنان، دو روز پیش نیز ده‌ها نفر در همین محل جمع شده بودند.\n"
            + "نخستین تجمع آنان در ۲۵ فروردین ۱۳۹۷ برگزار شده بود و هفته گذشته هم تکرار شد.\n"
            + "دیشب چند نفر از آنان بازداشت شدند.";
    private static final DateRange PUBLISHED = DateRange.day(LocalDate.of(2018, 5, 17), null);

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
    void persianReportGetsItsDatesFromThePublicationDate() {
        AnnotatedDocument doc = run(REPORT, PUBLISHED);
        assertEquals(DateRange.day(LocalDate.of(2018, 5, 15), "روز سه‌شنبه"), find(doc, "روز سه‌شنبه").range());
        assertEquals(LocalDate.of(2018, 5, 15), find(doc, "دو روز پیش").range().start());
        assertEquals(LocalDate.of(2018, 4, 14), find(doc, "۲۵ فروردین ۱۳۹۷").range().start());
        TimeMention week = find(doc, "هفته گذشته");
        assertEquals(Precision.WEEK, week.range().precision());
        assertEquals(LocalDate.of(2018, 5, 5), week.range().start());
        assertEquals(LocalDate.of(2018, 5, 11), week.range().end());
        assertEquals(LocalDate.of(2018, 5, 16), find(doc, "دیشب").range().start());
        for (TimeMention t : doc.get(Keys.TIMES)) {
            assertEquals(t.text(), doc.text().substring(t.span().start(), t.span().end()), "offsets in the clean text");
        }
    }

    @Test
    void eachDateStandsInTheSentenceThatTellsOfTheGathering() {
        AnnotatedDocument doc = run(REPORT, PUBLISHED);
        String text = doc.text();
        Sentence first = doc.get(Keys.SENTENCES).stream().filter(s -> text.substring(s.span().start(), s.span().end()).contains("تجمع کردند"))
                .findFirst().orElseThrow();
        List<TimeMention> inFirst = doc.get(Keys.TIMES).stream().filter(t -> first.span().start() <= t.span().start()
                && t.span().end() <= first.span().end()).toList();
        assertEquals(List.of("روز سه‌شنبه"), inFirst.stream().map(TimeMention::text).toList());
    }

    @Test
    void withoutAPublicationDateTheFirstSolarDateAnchors() {
        AnnotatedDocument doc = run("تجمع در ۲۵ فروردین ۱۳۹۷ برگزار شد و فردای آن روز پایان یافت. دیروز دوباره تجمع کردند.", null);
        assertEquals(LocalDate.of(2018, 4, 14), find(doc, "۲۵ فروردین ۱۳۹۷").range().start());
        assertEquals(LocalDate.of(2018, 4, 13), find(doc, "دیروز").range().start());
    }

    @Test
    void englishReportWithAnIranianDateDatesItsStrike() {
        String text = "Steel workers went on strike in Ahvaz on 27 Ordibehesht 1397, demanding unpaid wages.";
        AnnotatedDocument dated = run(text, null);
        List<TimeMention> times = dated.get(Keys.TIMES);
        assertEquals(DateRange.day(LocalDate.of(2018, 5, 17), "27 Ordibehesht 1397"), times.get(0).range());
        AnnotatedDocument doc = StageFixture.annotate(text, "P", null,
                List.of(StageFixture.city(text, "Ahvaz", 144448, 31.32, 48.67, "Khuzestan", "IR")), times);
        List<Mention> ms = doc.get(Keys.MENTIONS);
        Mention strike = ms.stream().filter(m -> m.type() == PloverType.PROTEST).findFirst()
                .orElseThrow(() -> new AssertionError("no protest in " + ms));
        assertEquals(LocalDate.of(2018, 5, 17), strike.date().start());
        assertTrue(strike.date().end().equals(LocalDate.of(2018, 5, 17)), strike.date().toString());
    }
}
