package org.vigil.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.assembly.StandardPipeline;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.model.Document;
import org.vigil.model.Mention;
import org.vigil.model.PloverType;
import org.vigil.pipeline.AnnotatedDocument;
import org.vigil.pipeline.Pipeline;
import org.vigil.pipeline.StageException;

/** The whole standard pipeline on reports in three languages: each is marked, and only what Vigil reads is coded. */
class LanguagePipelineTest {
    private static Pipeline pipeline;

    @BeforeAll
    static void build() {
        pipeline = StandardPipeline.create();
    }

    private static AnnotatedDocument run(String text) throws StageException {
        Document d = new Document("d1", "report.txt", "Test Outlet", null, null, Instant.EPOCH, text, null, null);
        return pipeline.run(new AnnotatedDocument(d));
    }

    @Test
    void aFrenchReportIsMarkedAndGetsNoEventsRatherThanEnglishRules() throws StageException {
        AnnotatedDocument doc = run("Des milliers de manifestants ont défilé à Lyon samedi. La police a tiré des gaz "
                + "lacrymogènes et a arrêté 40 personnes selon la préfecture, qui ne donne pas plus de détails.");
        assertEquals("fr", doc.document().language());
        assertTrue(doc.get(Keys.MENTIONS).isEmpty(), doc.get(Keys.MENTIONS).toString());
        assertTrue(doc.get(Keys.CLAIMS).isEmpty());
    }

    @Test
    void anEnglishReportIsMarkedEnglishAndCodedAsBefore() throws StageException {
        AnnotatedDocument doc = run("Police fired tear gas at protesters in Lyon on Saturday and arrested 40 people, "
                + "the prefecture said.");
        assertEquals("en", doc.document().language());
        assertTrue(doc.get(Keys.MENTIONS).stream().anyMatch(m -> m.type() == PloverType.PROTEST || m.type() == PloverType.ASSAULT));
        assertTrue(doc.get(Keys.CLAIMS).stream().anyMatch(c -> c.kind() == ClaimKind.ARRESTED && c.low() == 40));
    }

    @Test
    void aPersianReportGetsPersianEventsShownByDefault() throws StageException {
        AnnotatedDocument doc = run("صدها کارگر روز شنبه در برابر فرمانداری تجمع کردند و ماموران با گاز اشک\u200Cآور "
                + "آنان را پراکنده کردند.\nبه گفته یک وکیل دادگستری، دست\u200Cکم ۱۵ نفر بازداشت شدند.\n"
                + "اینترنت همراه در شهر از شب گذشته قطع شده است.");
        assertEquals("fa", doc.document().language());
        List<Mention> ms = doc.get(Keys.MENTIONS);
        assertTrue(ms.stream().anyMatch(m -> m.type() == PloverType.PROTEST && m.modes().contains("demo")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.type() == PloverType.ASSAULT && m.modes().contains("crowd-control")), ms.toString());
        assertTrue(ms.stream().anyMatch(m -> m.modes().contains("internet-shutdown")), ms.toString());
        Mention arrest = ms.stream().filter(m -> m.modes().contains("arrest")).findFirst().orElseThrow();
        assertEquals("Arrests", arrest.acledSubEventType());
        assertTrue(ms.stream().allMatch(m -> m.confidence() >= 0.5), ms.toString());
        Claim c = doc.get(Keys.CLAIMS).stream().filter(x -> x.kind() == ClaimKind.ARRESTED).findFirst().orElseThrow();
        assertEquals(15L, c.low());
        assertEquals(null, c.high());
        assertEquals("یک وکیل دادگستری", c.claimant());
        assertEquals(arrest.id(), c.mentionId());
    }

    @Test
    void aPersianFootballReportScoresBelowTheDefault() throws StageException {
        AnnotatedDocument doc = run("در بازی دیروز لیگ برتر فوتبال، باشگاه میزبان با دو گل پیروز شد.\n"
                + "هواداران پس از بازی در خیابان\u200Cهای اطراف ورزشگاه شادی کردند و بازیکنان را تشویق کردند.\n"
                + "مربی تیم گفت باشگاه برای جام حذفی آماده است و چند هوادار در ورزشگاه تجمع کردند.");
        assertEquals("fa", doc.document().language());
        assertFalse(doc.get(Keys.MENTIONS).isEmpty());
        assertTrue(doc.get(Keys.MENTIONS).stream().allMatch(m -> m.confidence() < 0.5), doc.get(Keys.MENTIONS).toString());
    }
}
