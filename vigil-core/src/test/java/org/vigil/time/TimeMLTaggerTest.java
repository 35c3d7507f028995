package org.vigil.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeMLTaggerTest {
    private final TimeMLTagger tagger = new TimeMLTagger();

    private Timex find(String text, LocalDate dct, String phrase) {
        List<Timex> all = tagger.tag(text, dct);
        return all.stream().filter(t -> t.text().equals(phrase)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + phrase + "' in " + all));
    }

    private String value(String text, LocalDate dct, String phrase) {
        return find(text, dct, phrase).value();
    }

    @Test
    void weekdaysOnEachDayOfTheWeek() {
        LocalDate monday = LocalDate.of(2018, 5, 14);
        for (int i = 0; i < 7; i++) {
            LocalDate dct = monday.plusDays(i);
            for (DayOfWeek day : DayOfWeek.values()) {
                String name = day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
                String past = dct.with(TemporalAdjusters.previousOrSame(day)).toString();
                assertEquals(past, value("Police dispersed the crowd on " + name + ".", dct, name), dct + " past " + name);
                String future = dct.with(TemporalAdjusters.nextOrSame(day)).toString();
                assertEquals(future, value("The union will march on " + name + ".", dct, name), dct + " future " + name);
                assertEquals(dct.with(TemporalAdjusters.previous(day)).toString(), value("It started last " + name + ".", dct, "last " + name));
                assertEquals(dct.with(TemporalAdjusters.next(day)).toString(), value("It resumes next " + name + ".", dct, "next " + name));
            }
        }
    }

    @Test
    void monthWithoutYearBeforeAndAfterThePublicationMonth() {
        LocalDate may = LocalDate.of(2018, 5, 17);
        assertEquals("2018-03", value("Protests erupted in March.", may, "March"));
        assertEquals("2017-08", value("Protests erupted in August.", may, "August"));
        assertEquals("2018-08", value("Elections will be held in August.", may, "August"));
        assertEquals("2019-03", value("Elections will be held in March.", may, "March"));
        assertEquals("2018-05", value("Protests erupted in May.", may, "May"));
        assertEquals("2018-04-02", value("The strike began on April 2.", may, "April 2"));
        assertEquals("2017-06-02", value("The strike began on June 2.", may, "June 2"));
        assertEquals("2018-06-02", value("The strike will begin on June 2.", may, "June 2"));
        assertEquals("2018-06-02", value("The dividend is payable June 2.", may, "June 2"));
        String mixed = "The strike, which began on 2 April, will resume next week, organisers said on Monday.";
        assertEquals("2018-04-02", value(mixed, may, "2 April"));
        assertEquals("2018-05-14", value(mixed, may, "Monday"));
    }

    @Test
    void lastJanuaryInAMayArticleAndExplicitYears() {
        assertEquals("2018-01", value("The movement began last January.", LocalDate.of(2018, 5, 17), "last January"));
        assertEquals("2017-05", value("The movement began last May.", LocalDate.of(2018, 5, 17), "last May"));
        assertEquals("2019-11", value("The movement began in November 2019.", LocalDate.of(2020, 3, 2), "November 2019"));
        assertEquals("2018-05-17", value("It happened on May 17, 2018.", null, "May 17, 2018"));
        assertEquals("1998", value("Prices rose in 1998.", LocalDate.of(2020, 3, 2), "1998"));
    }

    @Test
    void noAnchorStaysUnknown() {
        List<Timex> all = tagger.tag("Crowds gathered on Friday, again yesterday, on March 3 and last week. Two days later they left.", null);
        assertEquals(List.of("XXXX-WXX-5", "XXXX-XX-XX", "XXXX-03-03", "XXXX-WXX", "XXXX-XX-XX"), all.stream().map(Timex::value).toList());
        assertTrue(all.stream().allMatch(t -> t.point() == null), all.toString());
    }

    @Test
    void anaphoricExpressionsFollowTheDateInFocus() {
        String text = "The march took place on March 3, 2018. Two days later police raided the office. The next day the ban began.";
        LocalDate dct = LocalDate.of(2018, 5, 17);
        assertEquals("2018-03-05", value(text, dct, "Two days later"));
        assertEquals("2018-03-06", value(text, dct, "The next day"));
        assertEquals("2018-05-16", value("Police came yesterday. The following day they left.", dct, "yesterday"));
        assertEquals("2018-05-17", value("Police came yesterday. The following day they left.", dct, "The following day"));
        assertEquals("2018-03-02", value("The march took place on March 3, 2018. Arrests began the previous Friday.", dct, "the previous Friday"));
    }

    @Test
    void typesAndGranularities() {
        LocalDate dct = LocalDate.of(2018, 5, 17);
        Timex night = find("Shots were heard on Friday night.", dct, "Friday night");
        assertEquals(TimexType.TIME, night.type());
        assertEquals("2018-05-11TNI", night.value());
        assertEquals("2018-W19", value("Talks failed last week.", dct, "last week"));
        assertEquals("2018-Q1", value("Sales fell in the first quarter.", dct, "the first quarter"));
        assertEquals("2017", value("Sales fell last year.", dct, "last year"));
        Timex months = find("Prices rose over the past three months.", dct, "the past three months");
        assertEquals(TimexType.DURATION, months.type());
        assertEquals("P3M", months.value());
        Timex set = find("The paper appears every week.", dct, "every week");
        assertEquals(TimexType.SET, set.type());
        assertEquals("P1W", set.value());
        assertEquals("PAST_REF", value("He recently resigned.", dct, "recently"));
        assertEquals("PRESENT_REF", value("He is now in exile.", dct, "now"));
        assertEquals("2017", value("It happened a year ago.", dct, "a year ago"));
        assertEquals("201", value("Unrest grew in the 2010s.", dct, "the 2010s"));
        assertEquals("2018-05-16T17:00", value("They met at 5 p.m. yesterday.", dct, "5 p.m. yesterday"));
    }

    @Test
    void offsetsPointAtTheTextAndTheWriterKeepsIt() {
        String text = "On Friday, 3 June 2016, and in early 2017 & later - the \"strike\" lasted two weeks.";
        List<Timex> all = tagger.tag(text, LocalDate.of(2017, 6, 1));
        for (Timex t : all) {
            assertEquals(t.text(), text.substring(t.span().start(), t.span().end()));
        }
        String tagged = TimeMLWriter.inline(text, all);
        assertEquals(text, tagged.replaceAll("<[^>]+>", ""));
        assertEquals("2016-06-03", value(text, LocalDate.of(2017, 6, 1), "Friday, 3 June 2016"));
        assertEquals("START", find(text, LocalDate.of(2017, 6, 1), "early 2017").mod());
    }

    @Test
    void namesAreNoDates() {
        assertTrue(tagger.tag("Prime Minister Theresa May spoke to the Andes Daily.", LocalDate.of(2018, 5, 17)).isEmpty());
    }
}
