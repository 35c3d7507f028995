package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Persian time expressions and Iranian-calendar dates in English text, through the TimeML tagger. */
class PersianTimeMLTaggerTest {
    /** Thursday 27 Ordibehesht 1397. */
    private static final LocalDate DCT = LocalDate.of(2018, 5, 17);
    private final TimeMLTagger tagger = new TimeMLTagger();

    private List<Timex> tag(String text, LocalDate dct) {
        List<Timex> all = tagger.tag(text, dct);
        for (Timex t : all) {
            assertEquals(text.substring(t.span().start(), t.span().end()), t.text(), "offsets in the original text");
        }
        return all;
    }

    private Timex find(String text, LocalDate dct, String phrase) {
        List<Timex> all = tag(text, dct);
        return all.stream().filter(t -> t.text().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + phrase + "' in " + all));
    }

    private String value(String text, String phrase) {
        return find(text, DCT, phrase).value();
    }

    @Test
    void solarHijriFullDatesInEveryForm() {
        for (String date : List.of("۲۷ اردیبهشت ۱۳۹۷", "27 اردیبهشت 1397", "۱۳۹۷/۲/۲۷", "1397/02/27", "۱۳۹۷-۰۲-۲۷",
                "۲۷ اردیبهشت 1397", "1397/۰۲/27", "۲۷ اردیبهشت‌ماه ۱۳۹۷", "پنجشنبه ۲۷ اردیبهشت ۱۳۹۷", "۲۷ اردیبهشت سال ۱۳۹۷")) {
            assertEquals("2018-05-17", value("تجمع کارگران در " + date + " برگزار شد.", date), date);
            assertEquals("2018-05-17", find("تجمع در " + date + " بود.", null, date).value(), date + " needs no anchor");
        }
        assertEquals("2018-03-21", value("از ۱ فروردین ۱۳۹۷ آغاز شد", "۱ فروردین ۱۳۹۷"));
        assertEquals("2024-03-20", value("از ۱ فروردین ۱۴۰۳ آغاز شد", "۱ فروردین ۱۴۰۳"));
    }

    @Test
    void monthAndYearAndYearAlone() {
        Timex m = find("اعتصاب در اردیبهشت ۱۳۹۷ ادامه داشت.", DCT, "اردیبهشت ۱۳۹۷");
        assertEquals("2018-05", m.value());
        assertEquals(LocalDate.of(2018, 4, 21), m.point().range("").start());
        assertEquals(LocalDate.of(2018, 5, 21), m.point().range("").end());
        assertEquals("END", find("در اواخر اسفند ۱۳۹۶ بود", DCT, "اواخر اسفند ۱۳۹۶").mod());
        Timex y = find("در سال ۱۳۹۶ بود", DCT, "سال ۱۳۹۶");
        assertEquals(LocalDate.of(2017, 3, 21), y.point().range("").start());
        assertEquals("2017", y.value());
        assertEquals("2018", value("در سال ۲۰۱۸ بود", "سال ۲۰۱۸"));
    }

    @Test
    void dayAndMonthTakeTheSolarYearOfThePublicationDate() {
        assertEquals("2018-04-14", value("تجمع ۲۵ فروردین برگزار شد", "۲۵ فروردین"));
        // Published 5 Farvardin 1398: 25 Esfand is ten days before, in 1397, not a year ahead.
        assertEquals("2019-03-16", find("تجمع ۲۵ اسفند برگزار شد", LocalDate.of(2019, 3, 25), "۲۵ اسفند").value());
        assertEquals("XXXX-XX-XX", find("تجمع ۲۵ اسفند برگزار شد", null, "۲۵ اسفند").value());
        assertEquals("2018-04", value("در فروردین اعتراض شد", "فروردین"));
        // Persian tense is not read: a month without a year is the nearest one (Tir 1397 begins five weeks on).
        assertEquals("2018-07", value("در تیرماه اعتراض شد", "تیرماه"));
        assertEquals("2018-03", value("در اسفند اعتراض شد", "اسفند")); // Esfand 1396: 2018-02-20 to 2018-03-20
        assertTrue(tag("با شلیک تیر و مهر دولتی", DCT).isEmpty(), "تیر and مهر alone are a bullet and a seal");
    }

    @Test
    void leapYearsAndDaysTheCalendarLacks() {
        assertEquals("2021-03-20", value("روز ۳۰ اسفند ۱۳۹۹", "۳۰ اسفند ۱۳۹۹"));
        assertEquals("2025-03-20", value("روز ۳۰ اسفند ۱۴۰۳", "۳۰ اسفند ۱۴۰۳"));
        for (String bad : List.of("روز ۳۰ اسفند ۱۳۹۸ بود", "روز ۳۲ اردیبهشت ۱۳۹۷ بود", "تاریخ ۱۳۹۷/۱۳/۰۱ بود", "تاریخ 1397/02/32 بود",
                "on 32 Ordibehesht 1397", "on 1397/13/01")) {
            assertTrue(tag(bad, DCT).isEmpty(), bad + ": " + tag(bad, DCT));
        }
    }

    @Test
    void englishSpellingsOfIranianMonths() {
        assertEquals("2018-05-17", value("Workers rallied on 27 Ordibehesht 1397 in Tehran.", "27 Ordibehesht 1397"));
        assertEquals("2018-05-17", value("Workers rallied on Ordibehesht 27, 1397.", "Ordibehesht 27, 1397"));
        assertEquals("2018-05-17", value("Workers rallied on Thursday, 27 Ordibehesht 1397 SH.", "Thursday, 27 Ordibehesht 1397 SH"));
        assertEquals("1999-07-09", value("the 18 Tir 1378 student protests", "the 18 Tir 1378"));
        assertEquals("2018-05-15", value("Police came on 25 Ordibehesht.", "25 Ordibehesht"));
        assertEquals("2018-01", value("The unrest of Dey 1396 spread.", "Dey 1396"));
        assertEquals("2017-08-05", value("It began on 14 Mordad 1396 and on 14 Amordad 1396.", "14 Amordad 1396"));
        assertTrue(tag("Mehr news agency said Bahman and Azar were held.", DCT).isEmpty(), "bare Latin month names are names");
    }

    @Test
    void lunarHijriDates() {
        assertEquals("2018-09-20", value("مراسم ۱۰ محرم ۱۴۴۰ برگزار شد", "۱۰ محرم ۱۴۴۰"));
        assertEquals("2018-09-20", value("مراسم ۱۰ محرّم ۱۴۴۰ هجری قمری برگزار شد", "۱۰ محرّم ۱۴۴۰ هجری قمری"));
        assertEquals("2018-09-20", value("Mourners marched on 10 Muharram 1440.", "10 Muharram 1440"));
        assertEquals("2018-09-20", value("Mourners marched on Muharram 10, 1440 AH.", "Muharram 10, 1440 AH"));
        assertEquals("2018-05-16", value("Fasting began on 1 Ramadan 1439.", "1 Ramadan 1439"));
        assertEquals("2018-09-20", find("عزاداری ۱۰ محرم", LocalDate.of(2018, 9, 25), "۱۰ محرم").value());
        // Umm al-Qura: 2018-08-21, the day Saudi Arabia kept; Iran's sighting put it a day later.
        assertEquals("2018-08-21", value("عید ۱۰ ذی‌الحجه ۱۴۳۹ بود", "۱۰ ذی‌الحجه ۱۴۳۹"));
    }

    @Test
    void deicticDaysAndNights() {
        String text = "امروز و دیروز و پریروز تجمع شد؛ فردا و پس‌فردا هم. امشب و دیشب آرام بود. روز گذشته بازداشت شدند.";
        assertEquals(List.of("2018-05-17", "2018-05-16", "2018-05-15", "2018-05-18", "2018-05-19", "2018-05-17TNI", "2018-05-16TNI",
                "2018-05-16"), tag(text, DCT).stream().map(Timex::value).toList());
        assertEquals("2018-05-16TMO", value("صبح دیروز تجمع شد", "صبح دیروز"));
        assertEquals("2018-05-17TAF", value("امروز عصر تجمع شد", "امروز عصر"));
        assertNull(find("دیروز تجمع شد", null, "دیروز").point());
    }

    @Test
    void weekdaysAreTheLatestOnOrBeforeThePublicationDate() {
        String[][] days = {{"شنبه", "2018-05-12"}, {"یکشنبه", "2018-05-13"}, {"دوشنبه", "2018-05-14"}, {"سه‌شنبه", "2018-05-15"},
            {"سه شنبه", "2018-05-15"}, {"سهشنبه", "2018-05-15"}, {"چهارشنبه", "2018-05-16"}, {"پنجشنبه", "2018-05-17"},
            {"پنج‌شنبه", "2018-05-17"}, {"جمعه", "2018-05-11"}, {"يكشنبه", "2018-05-13"}, {"روز شنبه", "2018-05-12"}};
        for (String[] d : days) {
            assertEquals(d[1], value("معلمان " + d[0] + " تجمع کردند.", d[0]), d[0]);
        }
        assertEquals("2018-05-10", value("پنجشنبه گذشته تجمع کردند", "پنجشنبه گذشته"));
        assertEquals("2018-05-18", value("جمعه آینده تجمع می‌کنند", "جمعه آینده"));
        assertEquals("2018-05-15TNI", value("سه‌شنبه شب تجمع کردند", "سه‌شنبه شب"));
        assertTrue(tag("امام جمعه تهران و نماز جمعه و جمعه‌ها", DCT).isEmpty(), "Friday prayers are no date");
    }

    @Test
    void lastWeekMonthYearInTheIranianCalendar() {
        Timex week = find("هفته گذشته اعتصاب شد", DCT, "هفته گذشته");
        assertEquals(LocalDate.of(2018, 5, 5), week.point().range("").start()); // Saturday to Friday
        assertEquals(LocalDate.of(2018, 5, 11), week.point().range("").end());
        for (String w : List.of("هفته پیش", "هفته‌ی گذشته", "هفتۀ گذشته", "هفتهٔ گذشته", "هفته قبل")) {
            assertEquals(week.value(), value("در " + w + " اعتصاب شد", w), w);
        }
        Timex month = find("ماه گذشته اعتصاب شد", DCT, "ماه گذشته");
        assertEquals(LocalDate.of(2018, 3, 21), month.point().range("").start());
        assertEquals(LocalDate.of(2018, 4, 20), month.point().range("").end());
        Timex year = find("سال گذشته اعتصاب شد", DCT, "سال گذشته");
        assertEquals(LocalDate.of(2017, 3, 21), year.point().range("").start());
        assertEquals(year.value(), value("پارسال اعتصاب شد", "پارسال"));
        assertEquals(LocalDate.of(2018, 3, 21), find("امسال اعتصاب شد", DCT, "امسال").point().range("").start());
    }

    @Test
    void unitsAgoLaterAndDurations() {
        assertEquals("2018-05-15", value("دو روز پیش تجمع کردند", "دو روز پیش"));
        assertEquals("2018-05-15", value("۲ روز قبل تجمع کردند", "۲ روز قبل"));
        assertEquals("2018-05-07", value("ده روز پیش تجمع کردند", "ده روز پیش"));
        Timex weeks = find("سه هفته پیش تجمع کردند", DCT, "سه هفته پیش");
        assertEquals(LocalDate.of(2018, 4, 21), weeks.point().range("").start());
        assertEquals(LocalDate.of(2018, 2, 20), find("۲ ماه پیش", DCT, "۲ ماه پیش").point().range("").start());
        assertEquals("PAST_REF", value("چند روز پیش تجمع کردند", "چند روز پیش"));
        assertEquals("P3D", value("در سه روز گذشته تجمع کردند", "سه روز گذشته"));
        assertEquals(TimexType.DURATION, find("به مدت ۱۰ روز", DCT, "۱۰ روز").type());
        String later = "تجمع در ۲۰ اردیبهشت ۱۳۹۷ بود. دو روز بعد بازداشت شدند و روز بعد آزاد شدند.";
        assertEquals("2018-05-12", value(later, "دو روز بعد"));
        assertEquals("2018-05-13", value(later, "روز بعد"));
    }

    @Test
    void dayRangesInTheSolarCalendar() {
        TimexTimeTagger mentions = new TimexTimeTagger(tagger);
        TimeMention r = mentions.tag("اعتصاب از ۱۷ تا ۱۹ اردیبهشت ۱۳۹۷ ادامه داشت", DCT, null).get(0);
        assertEquals(LocalDate.of(2018, 5, 7), r.range().start());
        assertEquals(LocalDate.of(2018, 5, 9), r.range().end());
        TimeMention latin = mentions.tag("The strike ran Ordibehesht 27-29.", DCT, null).get(0);
        assertEquals(LocalDate.of(2018, 5, 17), latin.range().start());
        assertEquals(LocalDate.of(2018, 5, 19), latin.range().end());
    }

    @Test
    void englishTextIsTaggedAsBefore() {
        assertEquals(List.of("2018-05-17", "2018-05-16", "2018-W19", "P3D"),
                tag("On May 17, 2018 and yesterday and last week, for three days.", DCT).stream().map(Timex::value).toList());
    }
}
