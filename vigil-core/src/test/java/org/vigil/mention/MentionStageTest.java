package org.vigil.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.DateRange;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.model.Span;
import org.vigil.assembly.Keys;
import org.vigil.time.TimeMention;

class MentionStageTest {
    private static final String KHARTOUM = "Riot police opened fire on demonstrators in Khartoum, killing at least 12.\n"
            + "Security forces also arrested dozens of students and cut off the internet.\n"
            + "The foreign minister of Norway condemned the crackdown.\n"
            + "Thousands of workers went on strike.";

    private List<Mention> mentions(String text) {
        var doc = StageFixture.annotate(text, "Daily Nile", null,
                List.of(StageFixture.city(text, "Khartoum", 379252, 15.55, 32.53, "Khartoum", "SD")), List.of());
        return doc.get(Keys.MENTIONS);
    }

    /** The time mention of {@code word} in the text, read as the given day (as the date stage would). */
    private static TimeMention day(String text, String word, LocalDate date) {
        int at = text.indexOf(word);
        return new TimeMention(new Span(at, at + word.length()), word, DateRange.day(date, word), false);
    }

    private static Mention find(List<Mention> ms, PloverType type, String mode) {
        return ms.stream().filter(m -> m.type() == type && (mode == null || m.modes().contains(mode)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + "/" + mode + " in " + ms));
    }

    @Test
    void crackdownSentenceGivesAssaultWithForcesAsActor() {
        Mention m = find(mentions(KHARTOUM), PloverType.ASSAULT, "firearms");
        assertEquals("Khartoum", m.place().name());
        assertTrue(m.actors().stream().anyMatch(a -> a.name().equalsIgnoreCase("Riot police")), m.actors().toString());
        assertEquals("Excessive force against protesters", m.acledSubEventType());
    }

    @Test
    void arrestsCensorshipStrikeAndStatement() {
        List<Mention> ms = mentions(KHARTOUM);
        find(ms, PloverType.COERCE, "arrest");
        find(ms, PloverType.COERCE, "censor");
        Mention strike = find(ms, PloverType.PROTEST, "strike");
        assertEquals("Khartoum", strike.place().name(), "an undated, unplaced event takes the story's city");
        Mention accuse = find(ms, PloverType.ACCUSE, null);
        assertTrue(accuse.actors().isEmpty() || !accuse.actors().get(0).name().contains("Khartoum"));
    }

    @Test
    void aMarchInLowerCaseIsAProtestTheMonthIsNot() {
        find(mentions("The march drew 3,000 people to the centre of Khartoum."), PloverType.PROTEST, "demo");
        assertTrue(mentions("Parliament in Khartoum will sit again in March.").isEmpty());
    }

    @Test
    void restrictedAccessToAnAppIsCensorshipAndSinceMondayRunsToTheReport() {
        find(mentions("Authorities in Khartoum restricted access to Instagram and WhatsApp."), PloverType.COERCE, "censor");
        String text = "Seven protesters have been killed in Khartoum since Monday.";
        var monday = day(text, "Monday", LocalDate.of(2022, 9, 19));
        var doc = StageFixture.annotate(text, "Daily Nile",
                DateRange.day(LocalDate.of(2022, 9, 21), "2022-09-21"), List.of(), List.of(monday));
        Mention killed = find(doc.get(Keys.MENTIONS), PloverType.ASSAULT, null);
        assertEquals(LocalDate.of(2022, 9, 19), killed.date().start());
        assertEquals(LocalDate.of(2022, 9, 21), killed.date().end());
    }

    @Test
    void aHeadlineTakesTheDateOfTheLeadBelowIt() {
        String text = "Thousands march on parliament\n\nThousands marched to the parliament in Khartoum on Tuesday.";
        var tuesday = day(text, "Tuesday", LocalDate.of(2024, 6, 25));
        var doc = StageFixture.annotate(text, "Daily Nile", null,
                List.of(StageFixture.city(text, "Khartoum", 379252, 15.55, 32.53, "Khartoum", "SD")), List.of(tuesday));
        List<Mention> ms = doc.get(Keys.MENTIONS);
        assertTrue(ms.size() >= 2, ms.toString());
        assertTrue(ms.stream().allMatch(m -> LocalDate.of(2024, 6, 25).equals(m.date() == null ? null : m.date().start())),
                ms.toString());
    }

    @Test
    void aTriggerWordInsideANameIsNoEventButATitleCaseHeadlineStillTells() {
        List<Mention> ms = mentions("The Assistance Association for Political Prisoners said the Rapid Support Forces had withdrawn from Khartoum.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == PloverType.AID || m.type() == PloverType.SUPPORT), ms.toString());
        find(mentions("Police Fire Tear Gas at Protesters in Khartoum"), PloverType.ASSAULT, "crowd-control");
    }

    @Test
    void aSourceWhoAskedNotToBeNamedAsksNothing() {
        List<Mention> ms = mentions("A medic in Khartoum, who asked not to be named, said she had seen 20 bodies.");
        assertTrue(ms.stream().noneMatch(m -> m.type() == PloverType.REQUEST), ms.toString());
    }

    @Test
    void aChargeOfIncitingUnrestReportsNoUnrest() {
        assertTrue(mentions("The activist was charged in Khartoum with inciting unrest.").stream()
                .noneMatch(m -> m.type() == PloverType.PROTEST));
        find(mentions("Looters ransacked shops in Khartoum overnight."), PloverType.PROTEST, "vandalize");
    }

    @Test
    void aProposedReformIsNoProposal() {
        assertTrue(mentions("Workers marched in Khartoum against a proposed tax reform.").stream()
                .noneMatch(m -> m.type() == PloverType.AGREE));
        find(mentions("The government proposed talks with the unions in Khartoum."), PloverType.AGREE, null);
    }

    @Test
    void anActADayAfterWhichIsTheDayBefore() {
        String text = "The minister resigned in Khartoum on Wednesday, a day after police shot dead two protesters.";
        var wednesday = day(text, "Wednesday", LocalDate.of(2024, 6, 26));
        var doc = StageFixture.annotate(text, "Daily Nile", null, List.of(), List.of(wednesday));
        Mention shot = find(doc.get(Keys.MENTIONS), PloverType.ASSAULT, "firearms");
        assertEquals(LocalDate.of(2024, 6, 25), shot.date().start());
    }

    @Test
    void aPlannedWeekdayIsTheNextOne() {
        String text = "The union called for a general strike in Khartoum from Sunday.";
        var sunday = day(text, "Sunday", LocalDate.of(2019, 6, 2));
        var doc = StageFixture.annotate(text, "Daily Nile",
                DateRange.day(LocalDate.of(2019, 6, 3), "2019-06-03"), List.of(), List.of(sunday));
        Mention strike = find(doc.get(Keys.MENTIONS), PloverType.PROTEST, "strike");
        assertTrue(strike.future());
        assertEquals(LocalDate.of(2019, 6, 9), strike.date().start(), "a Monday report's planned Sunday");
    }

    @Test
    void inThePassiveTheSubjectSuffersAndTheAgentFollowsBy() {
        Mention shot = find(mentions("Two protesters were shot dead by security forces in Khartoum."), PloverType.ASSAULT, "firearms");
        assertTrue(shot.recipients().stream().anyMatch(a -> "protesters".equals(a.role())), shot.recipients().toString());
        assertTrue(shot.actors().stream().noneMatch(a -> "protesters".equals(a.role())), shot.actors().toString());
        assertEquals("Excessive force against protesters", shot.acledSubEventType());
        find(mentions("Riot police were attacked by protesters in Khartoum."), PloverType.PROTEST, "riot");
    }

    @Test
    void anActVowedOrCalledForIsNotDoneYet() {
        List<Mention> ms = mentions("Farmers vowed to block the highways into Khartoum. The union called for a general strike. "
                + "Unions called a new day of strikes in Khartoum.");
        assertTrue(ms.stream().filter(m -> m.type() == PloverType.PROTEST).allMatch(Mention::future), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == PloverType.PROTEST), ms.toString());
    }

    @Test
    void negationFutureAndGenericRights() {
        String text = "Police did not arrest anyone in Lima.\nUnions will strike next week in Lima.\n"
                + "The minister spoke of the right to protest.";
        var doc = StageFixture.annotate(text, "Lima Post", null,
                List.of(StageFixture.city(text, "Lima", 3936456, -12.04, -77.03, "Lima", "PE")), List.of());
        List<Mention> ms = doc.get(Keys.MENTIONS);
        assertTrue(find(ms, PloverType.COERCE, "arrest").negated());
        assertTrue(find(ms, PloverType.PROTEST, "strike").future());
        assertFalse(ms.stream().anyMatch(m -> m.type() == PloverType.PROTEST && m.modes().contains("demo")),
                "talk of a right to protest is no protest: " + ms);
    }

    @Test
    void statementSpeakerIsTheTitledPerson() {
        String text = "UN rapporteur Clement Voule called for an independent inquiry into the killings.";
        var doc = StageFixture.annotate(text, "Wire", null, List.of(), List.of());
        Mention req = find(doc.get(Keys.MENTIONS), PloverType.REQUEST, null);
        assertEquals("Clement Voule", req.actors().get(0).name());
    }

    @Test
    void slogansFromChantsAndFromListedCries() {
        String text = "Crowds marched in Lima chanting “Out with the thieves”.\n"
                + "Their slogans in the protests: Bread and work;\nNo more lies;\n"
                + "A long paragraph follows here that is plainly not a slogan because it runs on and on for many words.";
        var doc = StageFixture.annotate(text, "Lima Post", null,
                List.of(StageFixture.city(text, "Lima", 3936456, -12.04, -77.03, "Lima", "PE")), List.of());
        List<String> slogans = doc.get(Keys.MENTIONS).stream().flatMap(m -> m.slogans().stream()).toList();
        assertTrue(slogans.contains("Out with the thieves"), slogans.toString());
        assertTrue(slogans.contains("Bread and work"), slogans.toString());
        assertTrue(slogans.contains("No more lies"), slogans.toString());
        assertFalse(slogans.stream().anyMatch(s -> s.startsWith("A long paragraph")));
    }

    @Test
    void singularOfAnOptionalPluralTriggerIsFound() {
        String text = "The army imposed a curfew in Lima and students held a vigil.";
        var doc = StageFixture.annotate(text, "Lima Post", null,
                List.of(StageFixture.city(text, "Lima", 3936456, -12.04, -77.03, "Lima", "PE")), List.of());
        List<Mention> ms = doc.get(Keys.MENTIONS);
        find(ms, PloverType.COERCE, "curfew");
        find(ms, PloverType.PROTEST, "demo");
    }

    @Test
    void aBackdropYearFramesItsOwnSentenceNotTheNewsAfterIt() {
        String text = "The valley has been run from the capital since 1981. Farmers blocked the main road into the town "
                + "and students marched to the governor's office.";
        int at = text.indexOf("1981");
        TimeMention backdrop = new TimeMention(new Span(at, at + 4), "1981", DateRange.year(1981, "1981"), true);
        var doc = StageFixture.annotate(text, "Valley Courier", null, List.of(), List.of(backdrop));
        Mention march = find(doc.get(Keys.MENTIONS), PloverType.PROTEST, null);
        assertFalse(march.historical(), "a sentence after 'since 1981' is not history: " + march);
        assertTrue(march.date() == null || march.date().start().getYear() != 1981, march.toString());
    }

    @Test
    void aNewsDayNearerTheTriggerThanThePastFrameKeepsTheActNews() {
        String text = "Miners who founded the union decades ago were honoured in a rally on Sunday outside the pit. "
                + "Decades ago troops crushed a strike at the pit.";
        int at = text.indexOf("Sunday");
        TimeMention sunday = new TimeMention(new Span(at, at + 6), "Sunday",
                DateRange.day(java.time.LocalDate.of(2019, 5, 12), "Sunday"), false);
        var doc = StageFixture.annotate(text, "Coal Courier", null, List.of(), List.of(sunday));
        Mention rally = find(doc.get(Keys.MENTIONS), PloverType.PROTEST, null);
        assertFalse(rally.historical(), "the rally is Sunday's, 'decades ago' is the founding's: " + rally);
        assertTrue(doc.get(Keys.MENTIONS).stream().anyMatch(m -> m.historical()),
                "the sentence with no news date stays history: " + doc.get(Keys.MENTIONS));
    }

    @Test
    void crowdsThatGatherThrongOrFormAChainAreProtests() {
        for (String text : List.of("Demonstrators thronged the square outside the ministry.",
                "Protesters were starting to gather near the port gates.",
                "A crowd of several hundred dock workers gathered at the harbour.",
                "Thousands of farmers turned out to denounce the new water tax.",
                "Nurses formed a human chain around the clinic.",
                "Retired miners gathered on Friday to demand their pensions.")) {
            var doc = StageFixture.annotate(text, "Harbour Times", null, List.of(), List.of());
            find(doc.get(Keys.MENTIONS), PloverType.PROTEST, "demo");
        }
        var fans = StageFixture.annotate("Hundreds of fans turned out at the stadium for the final.", "Harbour Times", null,
                List.of(), List.of());
        assertTrue(fans.get(Keys.MENTIONS).stream().noneMatch(m -> m.type() == PloverType.PROTEST), fans.get(Keys.MENTIONS).toString());
    }

    @Test
    void tearGasFiredAtACrowdIsCrowdControlNotGunfire() {
        var doc = StageFixture.annotate("Riot police fired tear gas at the marching nurses.", "Harbour Times", null, List.of(), List.of());
        find(doc.get(Keys.MENTIONS), PloverType.ASSAULT, "crowd-control");
        assertTrue(doc.get(Keys.MENTIONS).stream().noneMatch(m -> m.modes().contains("firearms")), doc.get(Keys.MENTIONS).toString());
        var shots = StageFixture.annotate("Soldiers fired live rounds at the marching nurses.", "Harbour Times", null, List.of(), List.of());
        find(shots.get(Keys.MENTIONS), PloverType.ASSAULT, "firearms");
    }

    @Test
    void minesFireUnderWhichAPlaceComesAndClashesOfCrowdsAreRead() {
        String[][] cases = {
            {"A police jeep exploded on a mine outside the village.", "ASSAULT", "explosives"},
            {"A supply truck struck a landmine on the border road.", "ASSAULT", "explosives"},
            {"The border post came under mortar fire overnight.", "ASSAULT", "heavy-weapons"},
            {"The convoy came under heavy fire near the pass.", "ASSAULT", "firearms"},
            {"A man was hurt during a clash between students and riot police.", "PROTEST", "riot"},
            {"Hundreds of supporters had gathered outside the court.", "PROTEST", "demo"},
            {"Dozens of supporters of the mayor gathered at the town hall.", "PROTEST", "demo"},
            {"Helicopter gunships fired on the rebel camp overnight.", "ASSAULT", "aerial"},
            {"Warplanes pounded the outskirts of the town on Monday.", "ASSAULT", "aerial"},
        };
        for (String[] c : cases) {
            var doc = StageFixture.annotate(c[0], "Harbour Times", null, List.of(), List.of());
            find(doc.get(Keys.MENTIONS), PloverType.valueOf(c[1]), c[2]);
        }
        var culture = StageFixture.annotate("The film is about a clash of cultures in a mining town.", "Harbour Times", null,
                List.of(), List.of());
        assertTrue(culture.get(Keys.MENTIONS).stream().noneMatch(m -> m.type() == PloverType.PROTEST
                || m.type() == PloverType.ASSAULT), culture.get(Keys.MENTIONS).toString());
    }

    @Test
    void aStrikeByMissilesOrOnCampsIsAnAttackNotAStoppage() {
        for (String text : List.of("The navy launched cruise missile strikes on the coast overnight.",
                "Jets carried out strikes against rebel positions in the hills.")) {
            var doc = StageFixture.annotate(text, "Harbour Times", null, List.of(), List.of());
            assertTrue(doc.get(Keys.MENTIONS).stream().noneMatch(m -> m.type() == PloverType.PROTEST), doc.get(Keys.MENTIONS).toString());
        }
        var shootout = StageFixture.annotate("Two gunmen died in a shootout with police at the checkpoint.", "Harbour Times", null,
                List.of(), List.of());
        find(shootout.get(Keys.MENTIONS), PloverType.ASSAULT, "fight");
        var dockers = StageFixture.annotate("Dockers went on a strike against the new contracts on Monday.", "Harbour Times", null,
                List.of(), List.of());
        find(dockers.get(Keys.MENTIONS), PloverType.PROTEST, "strike");
    }

    @Test
    void theActAnArrestIsAboutWasToldBeforeAndABombFactoryIsNoBlast() {
        var doc = StageFixture.annotate("Police arrested two men in connection with the bombing of the bus station.", "Harbour Times",
                null, List.of(), List.of());
        find(doc.get(Keys.MENTIONS), PloverType.COERCE, "arrest");
        assertTrue(doc.get(Keys.MENTIONS).stream().filter(m -> m.type() == PloverType.ASSAULT).allMatch(Mention::historical),
                doc.get(Keys.MENTIONS).toString());
        var factory = StageFixture.annotate("Officers raided what they called a bomb factory in a garage.", "Harbour Times",
                null, List.of(), List.of());
        assertTrue(factory.get(Keys.MENTIONS).stream().noneMatch(m -> m.type() == PloverType.ASSAULT), factory.get(Keys.MENTIONS).toString());
        var blast = StageFixture.annotate("A bomb exploded at the bus station on Monday.", "Harbour Times", null, List.of(), List.of());
        assertTrue(blast.get(Keys.MENTIONS).stream().anyMatch(m -> m.type() == PloverType.ASSAULT && !m.historical()),
                blast.get(Keys.MENTIONS).toString());
    }
}

