package org.vigil.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Span;

class PersianFoldingTest {
    private static final String ZWNJ = "\u200C";

    @Test
    void arabicAndPersianLetterVariantsFoldToOneForm() {
        assertEquals(PersianFolding.fold("کشته شدند"), PersianFolding.fold("كشته شدند")); // keheh and kaf
        assertEquals(PersianFolding.fold("ایران"), PersianFolding.fold("ايران")); // Persian and Arabic yeh
        assertEquals(PersianFolding.fold("احمد"), PersianFolding.fold("أحمد")); // alef with hamza
        assertEquals(PersianFolding.fold("مسئول"), PersianFolding.fold("مسیول"));
        assertEquals(PersianFolding.fold("کشته"), PersianFolding.fold("کُشته")); // harakat out
        assertEquals(PersianFolding.fold("شهر"), PersianFolding.fold("شهـــر")); // tatweel out
    }

    @Test
    void theZeroWidthNonJoinerDoesNotSeparateAWordForMatching() {
        assertEquals(PersianFolding.fold("میگویند"), PersianFolding.fold("می" + ZWNJ + "گویند"));
    }

    @Test
    void persianAndArabicIndicDigitsBecomeAsciiWithTheirSeparators() {
        assertEquals("1,250", PersianFolding.fold("۱٬۲۵۰"));
        assertEquals("37", PersianFolding.fold("٣٧"));
        assertEquals(",", PersianFolding.fold("،"));
    }

    @Test
    void whatIsFoundInTheFoldedTextIsReportedAtTheOffsetsOfTheOriginal() {
        String text = "خبر: معترضان می" + ZWNJ + "گویند ۱۲ نفر";
        FoldedText f = PersianFolding.fold(text, 5, text.length());
        int at = f.text().indexOf(PersianFolding.fold("میگویند"));
        Span s = f.original(at, at + PersianFolding.fold("میگویند").length());
        assertEquals("می" + ZWNJ + "گویند", text.substring(s.start(), s.end()));
        int digits = f.text().indexOf("12");
        Span d = f.original(digits, digits + 2);
        assertEquals("۱۲", text.substring(d.start(), d.end()));
    }

    @Test
    void aPersianWordWithANonJoinerIsOneTokenAndTheArabicQuestionMarkEndsASentence() {
        String text = "آیا آنها می" + ZWNJ + "گویند؟ پلیس، معترضان را بازداشت کرد.";
        List<Sentence> sentences = SentenceStage.split(text);
        assertEquals(2, sentences.size(), sentences.toString());
        List<String> words = sentences.get(0).tokens().stream().map(t -> text.substring(t.start(), t.end())).toList();
        assertEquals(List.of("آیا", "آنها", "می" + ZWNJ + "گویند", "؟"), words);
        List<String> second = sentences.get(1).tokens().stream().map(t -> text.substring(t.start(), t.end())).toList();
        assertEquals("،", second.get(1)); // the Arabic comma is a token of its own
    }
}
