package org.vigil.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.assembly.Keys;
import org.vigil.mention.StageFixture;
import org.vigil.model.Claim;
import org.vigil.model.ClaimKind;
import org.vigil.pipeline.AnnotatedDocument;

class PersianClaimReaderTest {
    private static final String ZWNJ = "\u200C";

    private static List<Claim> claims(String text) {
        AnnotatedDocument doc = StageFixture.annotate(text, "Rooznameh", null, List.of(), List.of());
        new ClaimStage().process(doc);
        List<Claim> cs = doc.get(Keys.CLAIMS);
        for (Claim c : cs) { // every quote is the original text at its span
            assertEquals(doc.text().substring(c.quoteSpan().start(), c.quoteSpan().end()), c.quote());
        }
        return cs;
    }

    private static Claim kind(List<Claim> cs, ClaimKind k) {
        return cs.stream().filter(c -> c.kind() == k).findFirst().orElseThrow(() -> new AssertionError("no " + k + " in " + cs));
    }

    @Test
    void persianDigitsWithABoundAndTheOutletAsClaimant() {
        Claim c = kind(claims("در درگیری\u200Cهای روز جمعه دست" + ZWNJ + "کم ۱۲ نفر کشته شدند."), ClaimKind.KILLED);
        assertEquals(12L, c.low());
        assertNull(c.high());
        assertEquals("at least", c.hedge());
        assertEquals("Rooznameh", c.claimant());
        assertTrue(c.quote().contains("۱۲ نفر کشته"), c.quote());
    }

    @Test
    void numberWordsJoinedByVaAndTensAsAHedgedRange() {
        List<Claim> cs = claims("ماموران به سوی معترضان شلیک کردند و سی و دو نفر زخمی شدند.\nپلیس ده" + ZWNJ + "ها نفر را بازداشت کرد.");
        Claim injured = kind(cs, ClaimKind.INJURED);
        assertEquals(32L, injured.low());
        assertEquals(32L, injured.high());
        Claim arrested = kind(cs, ClaimKind.ARRESTED);
        assertEquals(20L, arrested.low());
        assertEquals(99L, arrested.high());
        assertEquals("tens", arrested.hedge());
    }

    @Test
    void aboutAndMoreThanAreRanges() {
        Claim about = kind(claims("در این تیراندازی حدود ۲۰ نفر زخمی شدند."), ClaimKind.INJURED);
        assertEquals(18L, about.low());
        assertEquals(22L, about.high());
        Claim more = kind(claims("پس از تجمع بیش از ۳۰۰ نفر دستگیر شدند."), ClaimKind.ARRESTED);
        assertEquals(301L, more.low());
        assertNull(more.high());
    }

    @Test
    void reportedSpeechNamesTheClaimantAndARelay() {
        Claim said = kind(claims("سازمان عفو بین\u200Cالملل روز دوشنبه اعلام کرد که هشت معترض در تیراندازی ماموران کشته شدند."),
                ClaimKind.KILLED);
        assertEquals("سازمان عفو بین\u200Cالملل", said.claimant());
        assertEquals("Rooznameh", said.claimantVia());
        Claim relayed = kind(claims("خبرگزاری محلی به نقل از منابع بیمارستانی گزارش داد که ۴۰ نفر در سرکوب تجمع زخمی شدند."),
                ClaimKind.INJURED);
        assertEquals("منابع بیمارستانی", relayed.claimant());
        assertEquals("خبرگزاری محلی", relayed.claimantVia());
        Claim according = kind(claims("به گفته شاهدان، پنج نفر در تیراندازی پلیس کشته شدند."), ClaimKind.KILLED);
        assertEquals("شاهدان", according.claimant());
    }

    @Test
    void noOneKilledIsAClaimOfZero() {
        Claim zero = kind(claims("پلیس تجمع را با گاز اشک" + ZWNJ + "آور پراکنده کرد اما فرماندار گفت هیچ کس کشته نشد."), ClaimKind.KILLED);
        assertEquals(0L, zero.low());
        assertEquals(0L, zero.high());
        assertEquals("فرماندار", zero.claimant());
    }

    @Test
    void aDateOrAYearIsNoCount() {
        List<Claim> cs = claims("در تجمع ۲۵ آبان ۱۴۰۳ ماموران به سوی مردم شلیک کردند.");
        assertTrue(cs.isEmpty(), cs.toString());
    }

    @Test
    void thisGroupPointsBackToTheGroupNamedBefore() {
        List<Claim> cs = claims("انجمن صنفی معلمان روز شنبه اعلام کرد که ماموران به تجمع معلمان حمله کردند.\n"
                + "به گفته این انجمن، ۴۰ معلم بازداشت شدند و او گفت سه نفر زخمی شدند.");
        assertEquals("انجمن صنفی معلمان", kind(cs, ClaimKind.ARRESTED).claimant());
        assertEquals("انجمن صنفی معلمان", kind(cs, ClaimKind.INJURED).claimant());
    }

    @Test
    void anOfficialFigureQuotedByAnotherIsTheOfficialOne() {
        Claim c = kind(claims("در تیراندازی ماموران شماری از معترضان کشته شدند و این گروه رقم رسمی سه کشته را نادرست خواند."),
                ClaimKind.KILLED);
        assertEquals(3L, c.low());
        assertEquals("رقم رسمی", c.claimant());
        assertEquals("Rooznameh", c.claimantVia());
    }

    @Test
    void aHeadlineNameBeforeAColonSaysTheRest() {
        Claim c = kind(claims("فرماندار شهر: دو نفر در درگیری\u200Cهای دیشب کشته شدند"), ClaimKind.KILLED);
        assertEquals("فرماندار شهر", c.claimant());
    }
}
