package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.classify.PipelineTextClassifier;

/** Phrasings of figures read from the project's development sentences (claim/dev-claims.tsv), one per kind of wording. */
class KindPhrasingTest {
    private static final PipelineTextClassifier CLASSIFIER = PipelineTextClassifier.standard();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Eleven people lost their lives when police opened fire in Bamako.|killed 11..11",
        "The toll from Saturday's violence in Kathmandu has risen to 19, officials said.|killed 19..19",
        "Witnesses said soldiers shot dead six protesters in Mopti.|killed 6..6",
        "The prosecutor said 34 suspects remain in custody in Almaty.|detained 34..34",
        "The number of detainees had reached 1,300 in Kampala, lawyers said.|detained 1300..1300",
        "Residents said 32 men were abducted by gunmen near Maiduguri.|disappeared 32..32",
        "Some 300 farmers blocked the highway near Ludhiana on Thursday.|participants 270..330",
        "Turnout at the rally in Warsaw was about 100,000, city hall said.|participants 90000..110000",
        "Doctors in Kisumu said they had treated 46 people for gunshot wounds.|injured 46..46",
        "A police officer died after being struck by a rock in Cochabamba.|killed 1..1",
        "An off-duty soldier was shot dead in Gao.|killed 1..1",
        "Several hundred workers staged a sit-in outside the ministry in Dhaka.|participants 200..999",
        "The opposition says 300 of its supporters are being held in Addis Ababa.|detained 300..300",
        "The march drew some 50,000 people to the streets of Madrid.|participants 45000..55000",
        "The bodies of two activists were found outside Guatemala City.|killed 2..2",
        "A total of 48 people were rounded up after the rally in Minsk.|arrested 48..48",
        "No fewer than 200 students were taken into custody in Dhaka.|detained 200..null",
        "Upwards of 30,000 people joined the march through Tbilisi.|participants 30001..null",
        "About two dozen protesters were injured in Madrid.|injured 22..26",
        "An 18-year-old student was shot dead by police in Nairobi.|killed 1..1",
        "Six demonstrators sustained gunshot wounds in Kisumu.|injured 6..6",
        "Eleven activists were picked up by police ahead of the rally in Lahore.|arrested 11..11",
        "Twelve demonstrators remain in detention in Bujumbura.|detained 12..12",
        "Half a million people rallied in Caracas.|participants 500000..500000",
        "Several hundred nurses wearing white surrounded the parliament in Vilnius.|participants 200..999",
        "Hundreds of farmers chanting slogans blocked the ring road around Lyon.|participants 200..999",
        "Two reporters remain unaccounted for in Goma.|disappeared 2..2",
        "About 400 dockers downed tools in Durban.|participants 360..440",
        "Some 80 people were treated for tear-gas inhalation in Lima.|injured 72..88",
        "Twenty of its members were whisked away by plainclothes officers in Harare.|disappeared 20..20",
        "Twelve people, including two police officers, were killed in Quetta.|killed 12..12",
        "Police broke up a rally of some 2,000 opposition supporters in Tbilisi.|participants 1800..2200",
        "Forty of our members are in jail in Harare, the union said.|detained 40..40",
        "The court gave the blogger eight years in prison in Cairo.|",
        "Protests over the arrests of students spread to at least 15 cities.|",
        "A medic said she had seen about 20 bodies at one hospital alone in Yangon.|killed 18..22",
        "Police said no one was hurt in Lusaka.|injured 0..0",
        "No more than 50 people turned up in Lusaka.|participants null..50",
        "Officers fatally shot three men near the market in Kisumu.|killed 3..3",
        "Mourners followed the coffin of a murdered journalist through Karachi.|killed 1..1",
        "There were no immediate casualties in Mombasa.|killed 0..0",
        "Another protester died in hospital in Conakry.|killed 1..1",
        "They demanded an inquiry into the deaths of at least nine miners in Marikana.|killed 9..null",
        "The blast in the Kabul market claimed at least 40 lives.|killed 40..null",
        "The second blast brought the death toll for the week in Mogadishu to 61.|killed 61..61",
        "Shelling killed 14 people in Donetsk and 3 in Luhansk.|killed 14..14 ; killed 3..3",
        "Eighteen pro-government militia fighters have been killed near Marib.|killed 18..18",
        "The toll in the Beira floods, first put at 40, has risen to 52.|killed 40..40 ; killed 52..52",
        "Hundreds of protesters led by the union's leaders reached the square in Lagos.|participants 200..999",
        "Police in Ibadan dispersed a 60-strong mob with tear gas.|participants 60..60",
        "Organisers said 8,000 people signed up for the rally in Kraków.|participants 8000..8000",
        "Officials said 2,000 people live near the square where the rally took place in Kraków.|",
        "About 30 protesters were arrested in Lagos.|arrested 27..33",
        "Hundreds of nurses -- many still in their white uniforms -- marched through Accra.|participants 200..999",
        "Twelve villagers — among them two children — were killed near Aleppo.|killed 12..12"})
    void theWordsAroundAFigureSayWhatItCounts(String text, String expected) {
        List<String> got = figures(text);
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ; ")), got, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "State television reported that 17 rioters were arrested in Isfahan.|false",
        "Five people were reported killed in Tikrit.|true",
        "Up to 10,000 people are believed to have joined the march in Belgrade.|true",
        "Nine students are understood to have been arrested in Mandalay.|true",
        "Up to 30 people may have been detained in the sweep through Kasai.|true",
        "The death toll could be as high as 60, a local doctor said.|true",
        "Police detained 30 people in Kasai.|false",
        "The army said 12 fighters were killed near Kidal, a figure that could not be independently verified.|true"})
    void aVerbOfSayingIsNoHedgeButAPassiveReportIs(String text, boolean hedged) {
        var claims = CLASSIFIER.classify("t", text, null).claims();
        assertEquals(1, claims.size(), claims::toString);
        assertEquals(hedged, claims.get(0).hedge() != null, claims::toString);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A protester said five people were killed in Gao.|killed 5..5",
        "A crowd gathered outside the court in Lusaka.|",
        "A student group held a rally in Accra.|"})
    void onePersonCountsOnlyWhatIsDoneToThem(String text, String expected) {
        List<String> got = figures(text);
        assertEquals(expected == null ? List.of() : List.of(expected.split(" ; ")), got, text);
    }

    @org.junit.jupiter.api.Test
    void twoGroupsJoinedByAndAreTwoFiguresOfTheVerbAfterThem() {
        assertEquals(List.of("killed 3..3", "killed 1..1"), figures("Three soldiers and a civilian were killed near Menaka."));
        assertEquals(List.of("killed 2..2", "injured 5..5"), figures("Two officers were killed and five protesters injured in Quito."));
    }

    @org.junit.jupiter.api.Test
    void theInnermostSpeakerClaimsWhatTheyInsist() {
        var claims = CLASSIFIER.classify("t", "Police said the organisers insisted the turnout was closer to 20,000.", null).claims();
        assertEquals(List.of("the organisers 18000..22000"), claims.stream().map(c -> c.claimant() + " " + c.low() + ".." + c.high()).toList());
    }

    @org.junit.jupiter.api.Test
    void aSpeakerNamedAfterAnInvertedVerbClaimsTheClauseThatGoesOn() {
        var claims = CLASSIFIER.classify("t", "A bus was set alight in the clashes, confirmed police spokesman Amos Otieno, "
                + "injuring four passengers.", null).claims();
        assertEquals(List.of("Amos Otieno 4..4"), claims.stream().map(c -> c.claimant() + " " + c.low() + ".." + c.high()).toList());
    }

    @org.junit.jupiter.api.Test
    void eachSideOfAContrastClaimsItsOwnFigure() {
        List<String> got = CLASSIFIER.classify("t", "Organisers put the crowd at 80,000, while police estimated 25,000 marchers in Santiago.",
                null).claims().stream().map(c -> c.low() + " " + c.claimant()).toList();
        assertEquals(List.of("80000 Organisers", "25000 police"), got);
    }

    @org.junit.jupiter.api.Test
    void aFigureReferredBackToIsOfTheKindBeforeIt() {
        List<String> got = CLASSIFIER.classify("t", "Police said the crowd numbered about 6,000, but the organisers put it at 25,000.",
                null).claims().stream().map(c -> c.kind() + " " + c.low() + " " + c.claimant()).toList();
        assertEquals(List.of("participants 5400 Police", "participants 25000 the organisers"), got);
    }

    @org.junit.jupiter.api.Test
    void aFigureReferredBackToInTheNextSentenceKeepsItsKind() {
        List<String> got = CLASSIFIER.classify("t", "More than a million people marched across France, the ministry said. "
                + "The CGT union put the figure at 3.5 million.", null).claims().stream()
                .map(c -> c.kind() + " " + c.low() + " " + c.claimant()).toList();
        assertEquals(List.of("participants 1000001 the ministry", "participants 3500000 The CGT union"), got);
        assertEquals(List.of(), figures("Rain fell all day in Paris.\n\nThe union put the figure at 40."),
                "a new paragraph refers back to nothing");
    }

    @org.junit.jupiter.api.Test
    void unverifiedReportsNameNobodyAndLongNamesAreKept() {
        var unnamed = CLASSIFIER.classify("t", "Unverified reports said nine people had been killed in Kidal.", null).claims();
        assertEquals(1, unnamed.size(), unnamed::toString);
        assertEquals("unnamed reports", unnamed.get(0).claimant(), unnamed::toString);
        for (String text : List.of("Two soldiers died and five were wounded in the blast, Turkish reports claimed.",
                "The clashes went on overnight, with some reports suggesting as many as 200 were killed.")) {
            var c = CLASSIFIER.classify("t", text, null).claims();
            assertTrue(!c.isEmpty() && c.stream().allMatch(x -> "unnamed reports".equals(x.claimant()) && x.hedge() != null), c::toString);
        }
        var toll = CLASSIFIER.classify("t", "The bombing in the market claimed at least 17 lives on Friday.", null).claims();
        assertTrue(!toll.isEmpty() && toll.stream().allMatch(x -> x.claimant() == null), "a toll claimed is nobody's claim: " + toll);
        var named = CLASSIFIER.classify("t", "Forty miners were arrested near Rustenburg, the National Committee for the Defence of Detainees said.",
                null).claims();
        assertEquals("the National Committee for the Defence of Detainees", named.get(0).claimant(), named::toString);
        var committee = CLASSIFIER.classify("t", "Troops fired on marchers, killing 15, the Central Committee of Sudan Doctors said.",
                null).claims();
        assertEquals("the Central Committee of Sudan Doctors", committee.get(0).claimant(), "no person named 'Sudan Doctors'");
        var he = CLASSIFIER.classify("t", "President William Ruto spoke on television. He said six people had died in Nairobi.", null).claims();
        assertEquals("William Ruto", he.get(0).claimant(), "'he' is the person named just before");
        var commission = CLASSIFIER.classify("t", "The Kenya National Commission on Human Rights said 22 people had been killed.", null).claims();
        assertEquals("The Kenya National Commission on Human Rights", commission.get(0).claimant());
        var reports = CLASSIFIER.classify("t", "Human Rights Watch said it had received credible reports that at least 5 protesters were killed in Cali.",
                null).claims();
        assertEquals("Human Rights Watch", reports.get(0).claimant(), "'credible reports' is a noun, not a speaker's verb");
        assertEquals(List.of("Maria Lopez"), claimants("“At least 40 of our members are in jail,” said Maria Lopez, a spokeswoman for the union."));
        assertEquals(List.of("John Otieno"), claimants("Police spokesman John Otieno told the Daily Nation that officers had arrested 57 suspects."));
        assertEquals(List.of("Armed Conflict Location and Event Data Project"), claimants(
                "According to figures compiled by the Armed Conflict Location and Event Data Project, 1,500 protesters have been killed."));
        assertEquals(List.of("Organisers", "police"), claimants(
                "Organisers said more than 100,000 people took part, a figure police disputed, putting the crowd at 30,000."));
        assertEquals(List.of("Iran Human Rights", "state television"), claimants("Iran Human Rights, a group based in Oslo, "
                + "said at least 57 people had been killed, while state television put the death toll at 41."));
        var relative = CLASSIFIER.classify("t", "The doctors' committee, which is close to the protest movement, said 30 people were killed.",
                null).claims();
        assertEquals("The doctors' committee", relative.get(0).claimant(), "the subject stands before the relative clause");
    }

    private static List<String> claimants(String text) {
        return CLASSIFIER.classify("t", text, null).claims().stream().map(c -> c.claimant()).toList();
    }

    @org.junit.jupiter.api.Test
    void aCasualtyTableRowCountsWhatItsLabelSays() {
        String table = "Clashes in Kasese, as counted by the Red Cross.\nTotal dead: 87\nInjured: 1,120\nDistricts: 4\n";
        assertEquals(List.of("killed 87..87", "injured 1120..1120"), figures(table));
    }

    private static List<String> figures(String text) {
        return CLASSIFIER.classify("t", text, null).claims().stream().map(c -> c.kind() + " " + c.low() + ".." + c.high()).toList();
    }
}
