package org.vigil.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StopWordDetectorTest {
    private final LanguageDetector detector = new StopWordDetector();

    @Test
    void persianIsToldFromArabicByItsLettersAndStopWords() {
        assertEquals("fa", detector.detect("صدها نفر روز شنبه در مرکز شهر تجمع کردند و پلیس گفت که چند نفر بازداشت شدند."));
        assertEquals("ar", detector.detect("قالت الشرطة إن عشرات المتظاهرين تجمعوا في وسط المدينة منذ الصباح وتم اعتقال عدد منهم."));
    }

    @Test
    void englishStaysEnglishEvenWhenItQuotesAnotherLanguage() {
        assertEquals("en", detector.detect("Thousands marched in Lyon on Saturday. \"Nous ne partirons pas\", one of them said, "
                + "and the police said the march was peaceful."));
        assertEquals("en", detector.detect("Protest in Lyon")); // too short to tell: what Vigil always read
    }

    @Test
    void otherLatinAndCyrillicLanguagesAreNamed() {
        assertEquals("fr", detector.detect("Des milliers de manifestants ont défilé dans les rues de la ville pour protester contre la réforme."));
        assertEquals("es", detector.detect("Miles de personas marcharon por las calles de la ciudad para protestar contra el gobierno y la policía."));
        assertEquals("ru", detector.detect("Тысячи людей вышли на улицы города, и полиция задержала более ста человек по данным правозащитников."));
    }

    @Test
    void aScriptWithoutWordListsIsUndetermined() {
        assertEquals("und", detector.detect("数千人周六在市中心举行抗议活动，警方逮捕了数十人。"));
        assertEquals("und", detector.detect("۱۲۳ ۴۵۶"));
    }
}
